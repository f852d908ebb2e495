# data: friendships.json


def solve(spark, users, friends):
    sql_side = spark.sql("SELECT u.user_id, u.name FROM users u WHERE NOT EXISTS (SELECT 1 FROM friends f WHERE f.user_id = u.user_id)")
    df_side = users.join(friends, "user_id", "left_anti")
    return sql_side.union(df_side)
