# Sets (printed sorted, since set order is a hash detail) and tuples.
s = {3, 1, 2}
s.add(4)
s.discard(10)
s.remove(1)
print(sorted(s), len(s), 2 in s, 10 in s)
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, {9})), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4}), a.issuperset({1}), a.isdisjoint({7}), {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set())
print(set(), frozenset(), sorted(frozenset([1, 2, 2])), set("aab") == {"a", "b"}, {1, 2} == {2, 1})
c = set()
c.update([1, 2], [3])
c.intersection_update({1, 2})
print(sorted(c), sorted({x % 3 for x in range(10)}))
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, (1,), (), tuple([1, 2]))
print(t.index(2), t.count(1), (1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9), max((1, 2), (1, 3)))
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
pairs = [(1, "b"), (1, "a"), (0, "z")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), min(pairs), [b for _, b in pairs])
fs = frozenset([1, 2])
print({fs: "ok"}[frozenset([2, 1])], hash((1, 2)) == hash((1, 2)), len({(1, 2), (1, 2), (2, 1)}))
print(tuple(sorted({"b", "a"})), list(zip(*[(1, "a"), (2, "b")])))
