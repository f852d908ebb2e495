# data: employees.json

from pyspark.sql import functions as F


def solve(spark, employees):
    df = employees.groupBy("dept_id").agg(
        F.count("*").alias("n"),
        F.count("salary").alias("n_salary"),
        F.sum("salary").alias("total"),
        F.collect_list("name").alias("names"),
        F.max("salary").alias("top"),
        F.countDistinct("age").alias("ages"),
    )
    return spark.createDataFrame([(f.name, f.nullable, f.dataType.simpleString()) for f in df.schema.fields], "name STRING, nullable BOOLEAN, type STRING")
