from pyspark import RDD
from pyspark.sql import DataFrame


def solve(ratings: DataFrame) -> RDD:
    pairs = ratings.rdd.filter(lambda r: r.product is not None).map(lambda r: (r.product, r.stars or 0))
    sums = pairs.aggregateByKey(
        (0, 0),
        lambda acc, stars: (acc[0] + stars, acc[1] + 1),
        lambda a, b: (a[0] + b[0], a[1] + b[1]),
    )
    return sums.mapValues(lambda s: s[0] / s[1])
