from collections import Counter, defaultdict, OrderedDict, deque, namedtuple
import collections
c = Counter("mississippi")
print(c, c["s"], c["z"], c.most_common(2), sorted(c.elements()))
c.update("ss")
c.subtract({"i": 4})
print(c, c.total(), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter())
words = Counter(["a", "b", "a"])
print(dict(words), list(words.keys()), isinstance(words, dict), isinstance(words, Counter), type(words).__name__)
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["missing"], len(dd))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(sorted(counts.items()), counts)
od = OrderedDict()
od["x"] = 1
od["y"] = 2
od["z"] = 3
od.move_to_end("x")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, q.popleft(), q.pop(), q, len(q), q[0], q[-1], 2 in q)
q.rotate(1)
print(q, list(q))
window = deque(maxlen=2)
for i in range(5):
    window.append(i)
print(window, list(window))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], tuple(p), p == (1, 2), p._asdict(), p._replace(x=5), Point._fields)
x, y = p
print(x + y, sorted([Point(2, 1), Point(1, 5)]), isinstance(p, Point), len(p))
Pair = collections.namedtuple("Pair", "left right", defaults=[0])
print(Pair(1), Pair(1, 2), {Pair(1, 2): "hashable"}[Pair(1, 2)])
