from pyspark.sql import DataFrame


def solve(events: DataFrame) -> DataFrame:
    return events.dropDuplicates(["event_id"]).drop("delivered_at")
