# data: matches.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(games):
    by_date = Window.partitionBy("player").orderBy("game_date")
    by_result = Window.partitionBy("player", "result").orderBy("game_date")
    grouped = games.withColumn("grp", F.row_number().over(by_date) - F.row_number().over(by_result))
    streaks = (grouped.filter(F.col("result") == "W")
               .groupBy("player", "grp")
               .agg(F.count("*").alias("streak"), F.min("game_date").alias("from_date")))
    return streaks.groupBy("player").agg(F.max("streak").alias("longest_win_streak"))
