from pyspark.sql import DataFrame, functions as F


def solve(users: DataFrame, orders: DataFrame) -> DataFrame:
    u = users.where(F.col("signup_date").isNotNull()).alias("u")
    o = orders.alias("o")
    after_signup = (F.col("o.user_id") == F.col("u.user_id")) & (
        F.col("o.order_date") >= F.col("u.signup_date")
    )
    first_orders = (
        u.join(o, after_signup, "left")
        .groupBy("u.user_id", "u.signup_date")
        .agg(F.min("o.order_date").alias("first_order_date"))
    )
    return (
        first_orders.groupBy(F.trunc("signup_date", "month").alias("signup_month"))
        .agg(
            F.count("*").alias("signups"),
            F.count("first_order_date").alias("converted"),
            F.round(F.avg(F.datediff("first_order_date", "signup_date")), 1).alias(
                "avg_days_to_first_order"
            ),
        )
        .orderBy("signup_month")
    )
