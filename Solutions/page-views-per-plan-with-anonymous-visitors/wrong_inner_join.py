# Known wrong: an inner join drops the anonymous views and the views of unknown users.
from pyspark.sql import DataFrame, functions as F


def solve(page_views: DataFrame, users: DataFrame) -> DataFrame:
    return (
        page_views.join(F.broadcast(users), "user_id")
        .groupBy("plan")
        .agg(F.count("*").alias("views"))
    )
