from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([("camelCaseString",), ("HTTPServer",), ("lower",)], "s STRING")
    return df.select("s", F.split("s", "(?=[A-Z])").alias("parts"), F.regexp_extract("s", "(?i)(SERVER|case)", 1).alias("ci"))
