from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame([("05/03/2024 14:07", 1), ("31/12/1969 23:59", 2)], "s string, id int")
    return df.select("id", F.unix_timestamp("s", "dd/MM/yyyy HH:mm").alias("epoch"), F.to_unix_timestamp("s", F.lit("dd/MM/yyyy HH:mm")).alias("same"))
