# data: words.json

def solve(lines):
    counts = lines.rdd.flatMap(lambda r: (r.text or "").split()).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
    return counts.toDF(["word", "n"])
