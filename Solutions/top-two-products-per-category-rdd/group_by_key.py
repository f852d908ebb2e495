from pyspark import RDD
from pyspark.sql import DataFrame


def solve(sales: DataFrame) -> RDD:
    totals = (sales.rdd
              .filter(lambda s: s.category is not None and s.product is not None and s.amount is not None)
              .map(lambda s: ((s.category, s.product), s.amount))
              .reduceByKey(lambda a, b: a + b))
    grouped = totals.map(lambda kv: (kv[0][0], (-kv[1], kv[0][1]))).groupByKey()
    return grouped.flatMap(lambda kv: [(kv[0], p, -t, i + 1) for i, (t, p) in enumerate(sorted(kv[1])[:2])])
