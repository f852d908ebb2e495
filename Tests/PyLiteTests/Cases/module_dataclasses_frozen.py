# Frozen dataclasses: FrozenInstanceError on assignment and deletion, hashing by field values, replace().
import dataclasses
from dataclasses import dataclass, field, replace, FrozenInstanceError

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, p.x, p.y)
try:
    p.x = 10
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    p.z = 1
except dataclasses.FrozenInstanceError as e:
    print("new attribute:", e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(p)

print(hash(p) == hash((1, 2)), hash(Point(1, 2)) == hash(Point(1, 2)))
d = {p: "first", Point(3): "second"}
print(d[Point(1, 2)], d[Point(3, 0)], Point(1, 2) in d)
s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), sorted((q.x, q.y) for q in s))

q = replace(p, y=5)
print(q, p, q == Point(1, 5), q is p)
print(dataclasses.asdict(q), dataclasses.astuple(q))

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = field(default_factory=tuple)

versions = [Version(1, 2), Version(1, 0), Version(0, 9, ("beta",))]
print(sorted(versions))
print(Version(1, 2) > Version(1, 1), Version(1) <= Version(1, 0), max(versions))
try:
    Version(1) < Point(1)
except TypeError as e:
    print("TypeError:", e)

# Non-frozen dataclasses with eq are unhashable; unsafe_hash makes them hashable.
@dataclass
class Mutable:
    a: int
try:
    hash(Mutable(1))
except TypeError as e:
    print("TypeError:", e)
m = Mutable(1)
m.a = 2
print(m)

@dataclass(unsafe_hash=True)
class Tagged:
    name: str
print(hash(Tagged("x")) == hash(("x",)), len({Tagged("x"), Tagged("x")}))

@dataclass(eq=False)
class Identity:
    a: int
print(Identity(1) == Identity(1), len({Identity(1), Identity(1)}))

# default_factory gives each instance its own value.
@dataclass
class Bag:
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
b1, b2 = Bag(), Bag()
b1.items.append(1)
print(b1, b2, b1.items is b2.items)

# Frozen instances in a frozen instance, used as keys.
@dataclass(frozen=True)
class Segment:
    start: Point
    end: Point
seg = Segment(Point(0, 0), Point(1, 1))
print({seg: 1}[Segment(Point(0, 0), Point(1, 1))])
try:
    seg.start = Point(5, 5)
except FrozenInstanceError as e:
    print(e)

try:
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
except ValueError as e:
    print("ValueError:", e)


class Hashed:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
print(hash(Hashed(42)), hash(Hashed(-1)), hash(Point(0, 0)) == hash((0, 0)))
