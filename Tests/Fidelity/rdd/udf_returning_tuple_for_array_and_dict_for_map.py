# data: arrays.json

from pyspark.sql import functions as F


@F.udf("array<int>")
def doubled(xs):
    return tuple(x * 2 for x in xs if x is not None) if xs is not None else None


@F.udf("map<string,int>")
def counts(tags):
    out = {}
    for t in tags or []:
        if t is not None:
            out[t] = out.get(t, 0) + 1
    return out


def solve(items):
    return items.select("id", doubled("scores").alias("d"), counts("tags").alias("c"))
