# data: employees.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(spark, employees):
    df = employees.selectExpr("*", "salary * 2 AS dbl").drop("hire_date")
    return spark.createDataFrame([(c,) for c in df.columns], "c string")
