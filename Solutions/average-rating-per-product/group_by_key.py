from pyspark import RDD
from pyspark.sql import DataFrame


def solve(ratings: DataFrame) -> RDD:
    pairs = (ratings.rdd
             .filter(lambda r: r.product is not None and r.stars is not None)
             .map(lambda r: (r.product, r.stars)))
    return pairs.groupByKey().mapValues(lambda stars: sum(stars) / len(stars))
