# data: salaries.json

from pyspark.sql import functions as F


def solve(salaries):
    return salaries.groupBy("dept").agg(
        F.listagg_distinct(F.col("salary").cast("string"), "|").alias("distinct_pays"),
        F.count("*").alias("n"),
    ).withColumn("pays_sorted", F.array_join(F.sort_array(F.split("distinct_pays", r"\|")), "|")).drop("distinct_pays")
