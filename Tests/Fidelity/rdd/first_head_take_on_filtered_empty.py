# data: employees.json

def solve(spark, employees):
    empty = employees.where("salary < 0")
    return spark.createDataFrame(
        [(str(empty.first()), str(empty.head()), str(empty.head(2)), str(empty.take(1)), str(empty.collect()), empty.isEmpty(), empty.count())],
        "first STRING, head STRING, head2 STRING, take1 STRING, collect STRING, is_empty BOOLEAN, n BIGINT",
    )
