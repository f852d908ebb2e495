# data: employees.json

from pyspark.sql import Row


def solve(spark, employees):
    empty = employees.where("salary > 1000000")
    out = [
        Row(what="first", text=repr(empty.first())),
        Row(what="head", text=repr(empty.head())),
        Row(what="head1", text=repr(empty.head(1))),
        Row(what="take", text=repr(empty.take(3))),
        Row(what="count", text=str(empty.count())),
        Row(what="isEmpty", text=str(empty.isEmpty())),
        Row(what="columns", text=str(empty.columns)),
    ]
    return spark.createDataFrame(out)
