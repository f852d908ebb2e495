# data: logins.json

from pyspark.sql import functions as F


def solve(logins):
    first = logins.groupBy("user_id").agg(F.min("login_date").alias("first_day"))
    returned = (first.join(logins, (first.user_id == logins.user_id) & (logins.login_date == F.date_add(first.first_day, 1)), "left")
                .select(first.user_id, first.first_day, logins.login_date.isNotNull().alias("came_back"))
                .dropDuplicates(["user_id"]))
    return returned.agg(F.round(F.avg(F.col("came_back").cast("int")), 3).alias("day1_retention"), F.count("*").alias("users"))
