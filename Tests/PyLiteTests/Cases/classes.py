# Classes: __init__, methods, class attributes, inheritance, super(), properties, dunder methods.
class Animal:
    kingdom = "animalia"
    count = 0
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"Animal({self.name!r})"
class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []
    def add_trick(self, trick):
        self.tricks.append(trick)
        return self
    def speak(self):
        return super().speak() + "!"
d = Dog("Rex").add_trick("sit").add_trick("roll")
a = Animal("Cat", "meow")
print(d.speak(), a.speak(), d.tricks, Animal.count, d.kingdom, [a, d])
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(a, Dog), issubclass(Dog, Animal), type(d) is Dog, type(d).__name__)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __len__(self):
        return 2
    def __iter__(self):
        return iter((self.x, self.y))
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
p, q = Point(1, 2), Point(3, 4)
print(p + q, p == Point(1, 2), p != q, sorted([q, p]), str(p), repr(p), len(p), list(p), p[1], 2 in p, bool(Point(0, 0)))
x, y = p
print(x, y, max([p, q]), f"{p}", "%s" % (p,))
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
    @staticmethod
    def describe():
        return "temperature"
    @classmethod
    def freezing(cls):
        return cls(0)
t = Temperature.freezing()
print(t.fahrenheit, Temperature.describe(), t.describe(), Temperature(100).fahrenheit)
class Stack:
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()
    def __len__(self):
        return len(self.items)
s = Stack()
s.push(1); s.push(2)
print(s.pop(), len(s), bool(s))
try:
    Stack().pop()
except IndexError as e:
    print("error:", e)
class Base:
    def hello(self):
        return "base " + self.name()
    def name(self):
        return "Base"
class Child(Base):
    def name(self):
        return "Child"
print(Child().hello(), Base().hello())
class Counter:
    instances = []
    def __init__(self):
        Counter.instances.append(self)
Counter(); Counter()
print(len(Counter.instances))
class Empty:
    pass
e = Empty()
e.attr = 5
print(e.attr, hasattr(e, "attr"), hasattr(e, "nope"), getattr(e, "nope", "default"))
setattr(e, "other", 1)
print(e.other)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who())
print(Dog("Fido").missing)
