from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [(1, ("ann", ("Pune", "411001"))), (2, ("bob", None)), (3, None)],
        "id INT, person STRUCT<name: STRING, address: STRUCT<city: STRING, zip: STRING>>",
    )
    return df.select("id", "person.*", "person.address.*", F.col("person.address.city").alias("city_again"))
