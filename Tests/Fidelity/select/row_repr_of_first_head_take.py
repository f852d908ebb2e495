# data: arrays.json

from pyspark.sql import Row


def solve(spark, items):
    ordered = items.orderBy("id")
    first = ordered.first()
    head_one = ordered.head()
    head_two = ordered.head(2)
    taken = ordered.take(1)
    out = [
        Row(what="first", text=repr(first)),
        Row(what="head", text=repr(head_one)),
        Row(what="head2", text=repr(head_two)),
        Row(what="take", text=repr(taken)),
        Row(what="same", text=str(first == head_one and taken[0] == first)),
        Row(what="tuple", text=str(tuple(first)[:2])),
    ]
    return spark.createDataFrame(out)
