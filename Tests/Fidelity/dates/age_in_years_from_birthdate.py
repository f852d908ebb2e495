from pyspark.sql import functions as F


def solve(spark):
    people = spark.createDataFrame([("a", "2000-02-29"), ("b", "1990-12-31"), ("c", "2010-06-15")], ["name", "born"])
    asof = F.to_date(F.lit("2024-02-28"))
    return people.select("name",
                         F.floor(F.months_between(asof, F.to_date("born")) / 12).alias("age"),
                         F.datediff(asof, F.to_date("born")).alias("days"),
                         F.year(asof) - F.year(F.to_date("born")).alias("naive"))
