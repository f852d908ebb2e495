# data: words.json
def solve(lines):
    pairs = lines.rdd.flatMap(lambda row: (row.text or "").lower().split()).map(lambda w: (w, 1))
    return pairs.reduceByKey(lambda a, b: a + b)
