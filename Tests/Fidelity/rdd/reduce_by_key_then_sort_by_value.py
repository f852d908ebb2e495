# ordered: true
# data: words.json

def solve(lines):
    return (
        lines.rdd.flatMap(lambda r: (r.text or "").lower().split())
        .map(lambda w: (w, 1))
        .reduceByKey(lambda a, b: a + b)
        .sortBy(lambda kv: (-kv[1], kv[0]))
    )
