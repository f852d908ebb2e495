import heapq

from pyspark import RDD
from pyspark.sql import DataFrame


def solve(sales: DataFrame) -> RDD:
    valid = sales.rdd.filter(lambda s: None not in (s.category, s.product, s.amount))
    totals = valid.map(lambda s: ((s.category, s.product), s.amount)).reduceByKey(lambda a, b: a + b)
    candidates = totals.map(lambda kv: (kv[0][0], [(-kv[1], kv[0][1])]))
    best = candidates.combineByKey(lambda c: c,
                                   lambda c, v: heapq.nsmallest(2, c + v),
                                   lambda a, b: heapq.nsmallest(2, a + b))
    return best.flatMap(lambda kv: [(kv[0], p, -t, i + 1) for i, (t, p) in enumerate(kv[1])])
