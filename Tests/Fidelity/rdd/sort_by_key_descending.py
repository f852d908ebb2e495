# data: words.json
# ordered: true

def solve(lines):
    counts = lines.rdd.flatMap(lambda r: (r.text or "").split()).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)
    return counts.map(lambda kv: (kv[1], kv[0])).sortByKey(ascending=False)
