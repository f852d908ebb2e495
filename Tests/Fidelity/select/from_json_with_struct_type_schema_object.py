from pyspark.sql import functions as F
from pyspark.sql.types import ArrayType, IntegerType, StringType, StructField, StructType


def solve(spark):
    schema = StructType([
        StructField("name", StringType()),
        StructField("scores", ArrayType(IntegerType())),
        StructField("meta", StructType([StructField("level", IntegerType())])),
    ])
    df = spark.createDataFrame([('{"name": "ann", "scores": [1, 2], "meta": {"level": 3}}',), ('{"Name": "bob", "scores": []}',)], ["js"])
    parsed = df.select(F.from_json("js", schema).alias("p"))
    return parsed.select("p.name", "p.scores", "p.meta.level", F.size("p.scores").alias("n"))
