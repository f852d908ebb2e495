# Known wrong: the path keeps its query string.
from pyspark.sql import DataFrame, functions as F

LINE = r'^\S+ \S+ \S+ \[[^\]]+\] "([A-Z]+) ([^ "]+) HTTP/[0-9.]+" (\d{3}) \S+$'


def solve(access_log: DataFrame) -> DataFrame:
    parsed = access_log.select(
        F.regexp_extract("line", LINE, 1).alias("method"),
        F.regexp_extract("line", LINE, 2).alias("path"),
        F.regexp_extract("line", LINE, 3).alias("status"),
    )
    return (
        parsed.where(F.col("method") != "")
        .groupBy("method", "path")
        .agg(
            F.count("*").alias("requests"),
            F.count(F.when(F.col("status").startswith("5"), 1)).alias("server_errors"),
        )
    )
