# data: salaries.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    return salaries.withColumn("r", F.dense_rank().over(Window.partitionBy("dept").orderBy(F.desc("salary")))).orderBy("dept", "r", "id").limit(5)
