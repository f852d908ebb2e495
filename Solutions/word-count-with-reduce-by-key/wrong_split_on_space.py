from pyspark import RDD
from pyspark.sql import DataFrame


def solve(lines: DataFrame) -> RDD:
    words = lines.rdd.flatMap(lambda row: (row.text or "").lower().split(" "))
    return words.map(lambda word: (word, 1)).reduceByKey(lambda a, b: a + b)
