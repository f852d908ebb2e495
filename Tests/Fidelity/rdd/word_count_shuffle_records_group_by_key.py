# data: words.json
# PySpark's groupByKey merges each partition's values into lists before the shuffle, so it writes as
# many shuffle records as reduceByKey (one pickled batch per partition and map task); the lists make the
# bytes larger.
def solve(lines):
    pairs = lines.rdd.flatMap(lambda row: (row.text or "").lower().split()).map(lambda w: (w, 1))
    return pairs.groupByKey().mapValues(len)
