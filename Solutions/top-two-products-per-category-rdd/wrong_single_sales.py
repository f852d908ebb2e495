from pyspark import RDD
from pyspark.sql import DataFrame


def solve(sales: DataFrame) -> RDD:
    keyed = (sales.rdd
             .filter(lambda s: s.category is not None and s.product is not None and s.amount is not None)
             .map(lambda s: (s.category, (-s.amount, s.product))))
    best = keyed.aggregateByKey([], lambda top, item: sorted(set(top + [item]))[:2], lambda a, b: sorted(set(a + b))[:2])
    return best.flatMap(lambda kv: [(kv[0], p, -t, i + 1) for i, (t, p) in enumerate(kv[1])])
