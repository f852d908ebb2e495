# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(spark, employees):
    srt = employees.orderBy("emp_id")
    t = [r.emp_id for r in srt.tail(2)]
    k = [r.emp_id for r in srt.take(3)]
    h = [r.emp_id for r in srt.head(2)]
    f = srt.first().name
    return spark.createDataFrame([(t, k, h, f)], "tail array<int>, take array<int>, head array<int>, first string")
