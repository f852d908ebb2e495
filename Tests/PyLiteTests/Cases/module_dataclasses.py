from dataclasses import dataclass, field, asdict, astuple
from typing import List

@dataclass
class Point:
    x: int
    y: int = 0

@dataclass(order=True)
class Employee:
    salary: float
    name: str
    skills: List[str] = field(default_factory=list)

    def __post_init__(self):
        self.name = self.name.title()

p = Point(1)
q = Point(1, 0)
print(p, p == q, p != Point(2), asdict(p), astuple(Point(3, 4)))
e1 = Employee(100.0, "ann lee")
e2 = Employee(90.0, "bob", ["sql"])
e1.skills.append("spark")
print(e1, e2, sorted([e1, e2]), e1 > e2, Employee(1, "x").skills)
print([asdict(e) for e in (e1, e2)])
try:
    Point()
except TypeError as err:
    print("TypeError", err)

from dataclasses import replace
@dataclass
class Settings:
    host: str
    port: int = 80
    tags: List[str] = field(default_factory=list)
base = Settings("db", tags=["a"])
moved = replace(base, port=5432)
print(moved, base, moved.tags is base.tags, replace(base) == base)
try:
    replace(base, missing=1)
except TypeError as e:
    print("TypeError")
