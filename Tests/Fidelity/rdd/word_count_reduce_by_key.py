# data: words.json


def solve(lines):
    return (lines.rdd.flatMap(lambda row: (row.text or "").lower().split())
            .map(lambda word: (word, 1))
            .reduceByKey(lambda a, b: a + b))
