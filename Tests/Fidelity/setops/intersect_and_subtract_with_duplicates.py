# data: logins.json

from pyspark.sql import functions as F


def solve(logins):
    early = logins.where(F.col("login_date") <= "2024-01-04").select("user_id")
    late = logins.where(F.col("login_date") >= "2024-01-03").select("user_id")
    return (early.intersectAll(late).withColumn("op", F.lit("intersectAll"))
            .union(early.subtract(late).withColumn("op", F.lit("subtract")))
            .union(early.exceptAll(late).withColumn("op", F.lit("exceptAll"))))
