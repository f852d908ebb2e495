from operator import add

from pyspark import RDD
from pyspark.sql import DataFrame


def solve(sales: DataFrame) -> RDD:
    totals = (sales.rdd
              .filter(lambda s: s.category is not None and s.product is not None and s.amount is not None)
              .map(lambda s: ((s.category, s.product), s.amount))
              .reduceByKey(add))
    # (-total, product) sorts the largest total first and breaks ties alphabetically.
    keyed = totals.map(lambda kv: (kv[0][0], (-kv[1], kv[0][1])))
    best = keyed.aggregateByKey([], lambda top, item: sorted(top + [item])[:2], lambda a, b: sorted(a + b)[:2])
    return best.flatMap(lambda kv: [(kv[0], product, -negative_total, rank)
                                    for rank, (negative_total, product) in enumerate(kv[1], start=1)])
