# data: logins.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(logins):
    w = Window.partitionBy("user_id")
    return (logins.withColumn("first_login", F.min("login_date").over(w))
            .withColumn("day_n", F.datediff("login_date", "first_login") + 1)
            .withColumn("logins_total", F.count("*").over(w)))
