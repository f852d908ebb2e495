# Sorting is stable; keys, reverse, tuples, cmp_to_key.
from functools import cmp_to_key
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people))
data = [3, 1, 2]
data.sort(key=lambda v: -v)
print(data)
print(sorted(["b", "A", "c", "a"]), sorted(["b", "A", "c", "a"], key=str.lower))
print(sorted([2.5, 1, True, 0.5]), sorted([[2, 1], [1, 2], [1]]))
def compare(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 8], key=cmp_to_key(compare)), sorted([5, 2, 8], key=cmp_to_key(lambda a, b: b - a)))
records = [{"name": "x", "score": 2}, {"name": "y", "score": 1}, {"name": "z", "score": 2}]
print([r["name"] for r in sorted(records, key=lambda r: r["score"], reverse=True)])
print(sorted("hello world"), sorted(set("mississippi")), sorted({"b": 1, "a": 2}.items()))
words = "The quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(range(10), key=lambda i: i % 3), sorted([], reverse=True), sorted([1]))
print(min([3, 1, 2], key=lambda x: -x), max("abc", key=ord), min([], default="none"))
