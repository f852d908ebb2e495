# partitionBy places keys with portable_hash (CPython's string hash with PYTHONHASHSEED=0).
# ordered: true
def solve(sc):
    words = ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "kiwi", "lemon", "mango", "über", "日本"]
    return sc.parallelize([(w, len(w)) for w in words], 2).partitionBy(4).glom().map(lambda part: sorted(k for k, _ in part))
