# data: logins.json

from pyspark.sql import functions as F


def solve(logins):
    calendar = logins.select(F.explode(F.sequence(F.min("login_date"), F.max("login_date"))).alias("day")).filter(F.col("day") <= F.lit("2024-01-06").cast("date"))
    users = logins.select("user_id").distinct()
    grid = users.crossJoin(calendar)
    daily = logins.groupBy("user_id", "login_date").count()
    return (grid.join(daily, (grid.user_id == daily.user_id) & (grid.day == daily.login_date), "left")
            .select(grid.user_id, "day", F.coalesce("count", F.lit(0)).alias("logins")))
