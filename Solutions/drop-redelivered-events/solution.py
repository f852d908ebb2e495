from pyspark.sql import DataFrame


def solve(events: DataFrame) -> DataFrame:
    return events.drop("delivered_at").dropDuplicates()
