from pyspark.sql import DataFrame, functions as F
from pyspark.sql.window import Window


def solve(logins: DataFrame) -> DataFrame:
    days = (
        logins.where(F.col("user_id").isNotNull() & F.col("login_ts").isNotNull())
        .select("user_id", F.to_date("login_ts").alias("day"))
        .distinct()
    )
    in_order = Window.partitionBy("user_id").orderBy("day")
    streaks = (
        days.withColumn("streak_id", F.date_sub("day", F.row_number().over(in_order)))
        .groupBy("user_id", "streak_id")
        .agg(
            F.count("*").alias("streak_days"),
            F.min("day").alias("streak_start"),
            F.max("day").alias("streak_end"),
        )
    )
    longest_first = Window.partitionBy("user_id").orderBy(F.col("streak_days").desc(), F.col("streak_start").asc())
    return (
        streaks.withColumn("pick", F.row_number().over(longest_first))
        .where(F.col("pick") == 1)
        .select("user_id", "streak_days", "streak_start", "streak_end")
    )
