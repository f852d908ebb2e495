# data: employees.json

from pyspark.sql import functions as F


def with_band(df):
    return df.withColumn("band", F.when(F.col("salary") >= 8000, "high").otherwise("normal"))


def only_known(df, column):
    return df.where(F.col(column).isNotNull())


def solve(employees):
    return employees.transform(with_band).transform(only_known, "dept_id").drop_duplicates(["dept_id", "band"]).select("dept_id", "band")
