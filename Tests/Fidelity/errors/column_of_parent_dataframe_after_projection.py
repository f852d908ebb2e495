# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    cols = ["name", "salary"]
    df = employees.select(*cols, employees["dept_id"], employees.age)
    df2 = df[["name", "age"]]
    return df2.withColumn("salary", df["salary"] * 2).where(df.age > 30)
