# data: friendships.json

from pyspark.sql import functions as F


def solve(friends):
    a = friends.alias("a")
    b = friends.alias("b")
    two_hops = (a.join(b, F.col("a.friend_id") == F.col("b.user_id"))
                .select(F.col("a.user_id").alias("user_id"), F.col("b.friend_id").alias("suggestion"))
                .filter(F.col("user_id") != F.col("suggestion")))
    direct = friends.select("user_id", F.col("friend_id").alias("suggestion"))
    return (two_hops.join(direct, ["user_id", "suggestion"], "left_anti")
            .groupBy("user_id", "suggestion").agg(F.count("*").alias("mutual_friends")))
