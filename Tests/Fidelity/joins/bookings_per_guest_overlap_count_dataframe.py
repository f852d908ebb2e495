# data: bookings.json

from pyspark.sql import functions as F


def solve(bookings):
    a = bookings.alias("a")
    b = bookings.alias("b")
    overlaps = a.join(b, (F.col("a.room") == F.col("b.room")) & (F.col("a.booking_id") != F.col("b.booking_id"))
                      & (F.col("a.check_in") < F.col("b.check_out")) & (F.col("b.check_in") < F.col("a.check_out")), "left")
    return overlaps.groupBy(F.col("a.guest").alias("guest")).agg(F.count("b.booking_id").alias("clashes"))
