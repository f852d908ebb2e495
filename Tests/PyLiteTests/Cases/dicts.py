# Dict operations keep insertion order.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(d.setdefault("d", 4), d.setdefault("a", 100), d)
print(d.pop("d"), d.pop("zz", None), d)
d.update({"e": 5}, f=6)
d.update([("g", 7)])
print(d)
print(d.popitem(), d)
c = d.copy()
c["a"] = -1
print(d["a"], c["a"])
print(dict.fromkeys(["x", "y"], 0), dict(a=1, b=2), dict([(1, "one"), (2, "two")]), dict(zip("ab", [1, 2])))
print({k: v for k, v in [("x", 1), ("y", 2)]}, {i: i * i for i in range(4)})
for k, v in sorted({"z": 1, "m": 2}.items()):
    print(k, v)
counts = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({1: "int", 1.0: "float"}, {True: "t", 1: "one"}, {(1, 2): "tuple"}[(1, 2)])
merged = {**{"a": 1}, **{"b": 2}, "c": 3}
print(merged, {"a": 1} | {"a": 2, "b": 3})
print({"a": 1} == {"a": 1}, {"a": 1} == {"a": 2}, {} == {}, {"a": [1]} == {"a": [1]})
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
print(nested)
keys = d.keys()
d["new"] = 1
print("new" in keys, len(keys), repr(keys)[:9])
print(sorted({3: "c", 1: "a", 2: "b"}), max({"a": 3, "b": 1}, key=lambda k: {"a": 3, "b": 1}[k]))
del d["a"]
print(d, {}.get(1, "default"))
print(list({"x": 1, "y": 2}.values()), sum({"x": 1, "y": 2}.values()))
