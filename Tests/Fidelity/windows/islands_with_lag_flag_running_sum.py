# data: logins.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(logins):
    days = logins.dropDuplicates(["user_id", "login_date"])
    w = Window.partitionBy("user_id").orderBy("login_date")
    flagged = days.withColumn(
        "new_streak",
        F.when(F.datediff("login_date", F.lag("login_date").over(w)) == 1, 0).otherwise(1),
    )
    streaks = flagged.withColumn("streak_id", F.sum("new_streak").over(w))
    return (streaks.groupBy("user_id", "streak_id")
            .agg(F.min("login_date").alias("start"), F.max("login_date").alias("end"), F.count("*").alias("days"))
            .filter(F.col("days") >= 2))
