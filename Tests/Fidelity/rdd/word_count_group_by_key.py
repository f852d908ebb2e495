# data: words.json

def solve(lines):
    pairs = lines.rdd.flatMap(lambda row: (row.text or "").lower().split()).map(lambda w: (w, 1))
    return pairs.groupByKey().mapValues(lambda ones: sum(ones))
