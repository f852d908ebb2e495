# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    df = salaries.select("id", "salary", F.max("salary").over(Window.partitionBy("dept")))
    return df.filter(F.col(df.columns[2]) == F.col("salary")).select("id")
