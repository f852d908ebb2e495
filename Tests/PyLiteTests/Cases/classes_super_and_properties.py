# super() with and without arguments, self.__class__, properties with setters, static and class methods, decorators.
class Animal:
    count = 0
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r})"
    def __str__(self):
        return "Animal " + self.name
    def __eq__(self, other):
        return isinstance(other, Animal) and self.name == other.name
    def __hash__(self):
        return hash(self.name)
    def __lt__(self, other):
        return self.name < other.name

class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
    def speak(self):
        return super().speak() + "!"

class Puppy(Dog):
    def __init__(self, name):
        super(Puppy, self).__init__(name)
        self.young = True
    def speak(self):
        base = super(Puppy, self).speak()
        return base.upper()

a = Animal("cat", "meow"); d = Dog("rex"); p = Puppy("bit")
print(a.speak(), d.speak(), p.speak(), sep=" | ")
print(repr(a), repr(d), str(p), [a, d, p])
print(Animal.count, d == Dog("rex"), d == a, d != Dog("x"), len({d, Dog("rex"), p}))
print(sorted([p, a, d]))
print(isinstance(p, Animal), issubclass(Puppy, Animal), type(p).__name__, type(p) is Puppy)
print(p.young, getattr(p, "young"), hasattr(p, "old"), getattr(p, "old", 42))
print(f"{a!s} {a!r}")
print(Dog.__name__, Dog.speak(d))
class Temperature:
    scale = "C"
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"

t = Temperature(100)
print(t.celsius, t.fahrenheit, Temperature.convert(0), t.convert(10))
t.celsius = 25
print(t.celsius, round(t.fahrenheit, 1))
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
u = Temperature.from_f(212)
print(type(u).__name__, u.celsius, Temperature.describe(), u.describe())
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError")

class Sub(Temperature):
    scale = "K"
print(Sub.describe(), type(Sub.from_f(32)).__name__)

import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper

@logged
def add(a, b=2):
    return a + b
print(add(1), add(1, b=5))

def repeat(n):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco

@repeat(3)
def hello(x):
    return "hi " + x
print(hello("bob"))
try:
    super(Dog, a)
except TypeError as e:
    print(e)
print(super(Dog, d).speak(), super(Puppy, Puppy).__init__ is Dog.__init__)
