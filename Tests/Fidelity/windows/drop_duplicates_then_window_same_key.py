# data: employees.json

from pyspark.sql import Window
from pyspark.sql import functions as F


def solve(employees):
    deduped = employees.dropDuplicates(["dept_id", "salary"])
    w = Window.partitionBy("dept_id").orderBy(F.desc("salary"))
    return deduped.withColumn("rnk", F.dense_rank().over(w)).select("dept_id", "salary", "rnk")
