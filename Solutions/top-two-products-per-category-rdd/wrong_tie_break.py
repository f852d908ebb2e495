from pyspark import RDD
from pyspark.sql import DataFrame


def solve(sales: DataFrame) -> RDD:
    totals = (sales.rdd
              .filter(lambda s: s.category is not None and s.product is not None and s.amount is not None)
              .map(lambda s: ((s.category, s.product), s.amount))
              .reduceByKey(lambda a, b: a + b))
    keyed = totals.map(lambda kv: (kv[0][0], (kv[1], kv[0][1])))
    best = keyed.aggregateByKey([], lambda top, item: sorted(top + [item], reverse=True)[:2],
                                lambda a, b: sorted(a + b, reverse=True)[:2])
    return best.flatMap(lambda kv: [(kv[0], p, t, i + 1) for i, (t, p) in enumerate(kv[1])])
