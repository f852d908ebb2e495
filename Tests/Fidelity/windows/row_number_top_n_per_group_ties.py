# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(salaries):
    w = Window.partitionBy("dept").orderBy(F.col("salary").desc(), "name")
    return salaries.withColumn("rn", F.row_number().over(w)).where("rn <= 2").select("dept", "name", "salary", "rn")
