# Known wrong: an inner join repeats a user once per matching event.
from pyspark.sql import DataFrame, functions as F


def solve(users: DataFrame, events: DataFrame) -> DataFrame:
    u = users.alias("u")
    e = events.alias("e")
    first_week = (F.col("e.user_id") == F.col("u.user_id")) & F.col("e.event_date").between(
        F.col("u.signup_date"), F.date_add(F.col("u.signup_date"), 6)
    )
    return u.join(e, first_week).select("u.user_id", "u.name", "u.signup_date")
