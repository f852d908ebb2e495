# data: logins.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(logins):
    w = Window.partitionBy("user_id").orderBy("login_date")
    gaps = logins.dropDuplicates().withColumn("gap", F.datediff("login_date", F.lag("login_date").over(w)))
    return gaps.groupBy("user_id").agg(F.max("gap").alias("max_gap"), F.count(F.when(F.col("gap") > 1, 1)).alias("breaks"))
