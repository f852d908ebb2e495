# Generators (consumed fully here), iterators and the iteration protocol.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(3)), sum(countdown(4)), max(countdown(5)))
def pairs(items):
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            yield a, b
print(list(pairs("abc")))
g = (x * x for x in range(4))
print(next(g), list(g))
it = iter([10, 20])
print(next(it), next(it), next(it, None))
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)), [v for v in Countdown(2)], sorted(Countdown(4)))
class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return (i * i for i in range(self.n))
print(list(Squares(4)), 9 in Squares(4), 5 in Squares(4))
def fib():
    a, b = 0, 1
    for _ in range(10):
        yield a
        a, b = b, a + b
print(list(fib()))
e = enumerate(["x", "y"], start=5)
print(next(e), list(e))
z = zip([1, 2], "ab")
print(list(z), list(z))
m = map(abs, [-1, -2])
print(list(m), list(m))
print(list(zip(range(3), countdown(10))))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration caught")
def first_even(values):
    return next((v for v in values if v % 2 == 0), None)
print(first_even([1, 3, 4, 6]), first_even([1]))
