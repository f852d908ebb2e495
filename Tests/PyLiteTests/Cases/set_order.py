# CPython iterates sets of ints in hash-table order; programs can observe it.
print({3, 1, 2}, set([10, 5, 8, 1]), {100, 7, 33, 64, 8}, list({-1, -2, 5, 0}), {True, 2, 0})
print(set(range(20, 0, -1)), list(set([42, 17, 99, 3, 64, 128, 256, 1000, 7])))
s = set()
for v in [15, 31, 47, 63, 8, 24, 40, 1, 2, 3, 4, 5, 6, 7, 9, 100, 1000, 10000]:
    s.add(v)
print(s, [x * 2 for x in s], sorted(s) == sorted(list(s)))
print({x % 7 for x in range(50)}, {x * 13 for x in range(12)}, frozenset([9, 1, 5]))
print(list(set([2 ** 40, 3, 2 ** 33 + 1, -7, 12])), {1.0, 2.5} == {2.5, 1.0}, len({1, 1.0, True}))
words = ["a", "b"]
print(sorted(set(words)), set([0]), set(), {5})
big = set(range(0, 3000, 7))
print(list(big)[:15], len(big))
