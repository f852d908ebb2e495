# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    w1 = Window.partitionBy("dept").orderBy(F.desc("salary"))
    w2 = Window.partitionBy("dept")
    w3 = Window.orderBy("id")
    return salaries.select("id", F.dense_rank().over(w1).alias("dr"), F.avg("salary").over(w2).alias("avg_d"), F.lag("salary").over(w3).alias("prev"))
