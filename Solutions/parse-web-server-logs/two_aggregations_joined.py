# Plan rule: right rows, but two aggregations joined together shuffle twice.
from pyspark.sql import DataFrame, functions as F

LINE = r'^\S+ \S+ \S+ \[[^\]]+\] "([A-Z]+) ([^ ?"]+)[^ "]* HTTP/[0-9.]+" (\d{3}) \S+$'


def solve(access_log: DataFrame) -> DataFrame:
    parsed = access_log.select(
        F.regexp_extract("line", LINE, 1).alias("method"),
        F.regexp_extract("line", LINE, 2).alias("path"),
        F.regexp_extract("line", LINE, 3).alias("status"),
    ).where(F.col("method") != "")
    requests = parsed.groupBy("method", "path").agg(F.count("*").alias("requests"))
    errors = (
        parsed.where(F.col("status").startswith("5"))
        .groupBy("method", "path")
        .agg(F.count("*").alias("server_errors"))
    )
    return requests.join(errors, ["method", "path"], "left").select(
        "method", "path", "requests", F.coalesce("server_errors", F.lit(0)).alias("server_errors")
    )
