# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(spark, employees):
    df = employees.na.drop(subset=["salary", "age"])
    return spark.createDataFrame([(round(df.corr("salary", "age"), 10), round(df.cov("salary", "age"), 6), round(df.stat.cov("age", "emp_id"), 6))], "corr double, cov double, cov2 double")
