# Generators are lazy: the body runs on next(), suspends at each yield and resumes there.
import itertools

def traced(n):
    print("body starts")
    for i in range(n):
        print("before", i)
        yield i
        print("after", i)
    print("body ends")

g = traced(2)
print("created", type(g).__name__, iter(g) is g)
for v in g:
    print("got", v)
print(next(g, "exhausted"))

def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(list(itertools.islice(naturals(), 5)))
print(list(itertools.takewhile(lambda x: x < 4, naturals())))
print(list(itertools.islice(itertools.chain([-2, -1], naturals()), 4)))
print(list(zip("abc", naturals())))
print(list(itertools.islice(map(lambda x: x * x, naturals()), 4)))
print(list(itertools.islice(filter(lambda x: x % 3 == 0, naturals()), 3)))
print(list(itertools.islice(enumerate(naturals(), 10), 2)))
print(next(x for x in itertools.count() if x > 5))
print(any(x > 3 for x in naturals()), all(x < 3 for x in naturals()))
print(next(x * y for x in naturals() for y in range(x) if x * y > 10))

# Side effects happen in order, interleaved with the consumer.
log = []
def producer():
    for i in range(3):
        log.append("produce %d" % i)
        yield i
for item in producer():
    log.append("consume %d" % item)
print(log)

# Generator expressions are lazy too; the first iterable is evaluated at once.
calls = []
def source():
    calls.append("source")
    return [1, 2, 3]
ge = (x * 10 for x in source())
print(calls)
print(next(ge), calls)
print(list(ge))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
lazy_fail = (1 / x for x in [1, 0])
print(next(lazy_fail))
try:
    next(lazy_fail)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# return value: StopIteration.value and the value of yield from.
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3
    return "outer result"
o = outer()
print(list(o))
o2 = outer()
for _ in range(3):
    next(o2)
try:
    next(o2)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
try:
    next(o2)
except StopIteration as e:
    print("again", repr(e.value), e.args)

# yields inside try/except/finally, with, nested loops, while True.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None)
        return False

def mixed():
    with Resource("r1") as r:
        for i in range(2):
            for j in range(2):
                yield (r.name, i, j)
    try:
        yield "in try"
        raise ValueError("boom")
    except ValueError as e:
        yield "in except " + str(e)
    else:
        yield "not reached"
    finally:
        yield "in finally"
    n = 0
    while True:
        n += 1
        if n == 2:
            continue
        if n > 4:
            break
        yield "loop %d" % n
    else:
        yield "not reached either"
    for k in range(2):
        yield "for %d" % k
    else:
        yield "for else"
    if n > 3:
        yield "if branch"
    elif n > 1:
        yield "elif branch"
    else:
        yield "else branch"
print(list(mixed()))

# Generators as methods, and __iter__ written as a generator.
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def walk(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.walk(depth + 1)
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t), sorted(t, reverse=True), 3 in t, 5 in t)
print(list(t.walk()))

# Recursive generators.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, first in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [first] + rest
print(list(permutations([1, 2, 3])))

# Closures and generators share variables.
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    while count < 3:
        bump()
        yield count
print(list(counter_gen()))

# Independent generators from one function.
a, b = naturals(), naturals()
print(next(a), next(a), next(b), next(a), next(b))

# Many generators created and dropped.
total = 0
for i in range(100000):
    gen = naturals()
    total += next(gen)
print(total)

# Unpacking, sum, max, sorted, dict over generators.
def pairs():
    yield "a", 1
    yield "b", 2
print(dict(pairs()), sum(x for _, x in pairs()), max(naturals_item for naturals_item in range(5)))
first, second = pairs()
print(first, second)
x, *rest = traced(3)
print(x, rest)

# A lambda whose body is a yield.
gl = (lambda: (yield 7))()
print(next(gl))

# Assignment forms of yield.
def forms():
    a = yield 1
    b: int = yield 2
    total = 0
    total += yield 3
    c = d = yield
    print("received", a, b, total, c, d)
f = forms()
print(next(f), f.send("A"), f.send("B"), f.send(10))
try:
    f.send("CD")
except StopIteration:
    print("forms done")

# A generator's repr names it.
print(repr(naturals()).startswith("<generator object"))
