# data: logins.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(logins):
    days = logins.distinct()
    w = Window.partitionBy("user_id").orderBy("login_date")
    islands = days.withColumn("grp", F.expr("date_sub(login_date, CAST(row_number() OVER (PARTITION BY user_id ORDER BY login_date) AS INT))"))
    streaks = islands.groupBy("user_id", "grp").agg(F.count("*").alias("len"))
    best = streaks.groupBy("user_id").agg(F.max("len").alias("longest"))
    return best.join(days.groupBy("user_id").agg(F.count("*").alias("active_days")), "user_id")
