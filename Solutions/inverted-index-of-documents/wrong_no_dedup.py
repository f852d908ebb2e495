from pyspark import RDD
from pyspark.sql import DataFrame


def solve(documents: DataFrame) -> RDD:
    pairs = (documents.rdd
             .filter(lambda d: d.doc_id is not None)
             .flatMap(lambda d: [(word, [d.doc_id]) for word in (d.body or "").lower().split()]))
    return pairs.reduceByKey(lambda a, b: a + b).mapValues(sorted)
