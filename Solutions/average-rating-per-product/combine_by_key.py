from pyspark import RDD
from pyspark.sql import DataFrame


def solve(ratings: DataFrame) -> RDD:
    pairs = (ratings.rdd
             .filter(lambda r: r.product is not None and r.stars is not None)
             .map(lambda r: (r.product, r.stars)))
    sums = pairs.combineByKey(
        lambda stars: (stars, 1),
        lambda acc, stars: (acc[0] + stars, acc[1] + 1),
        lambda a, b: (a[0] + b[0], a[1] + b[1]),
    )
    return sums.mapValues(lambda s: s[0] / s[1])
