# functools.lru_cache and functools.cache: cache_info, cache_clear, LRU eviction, both decorator forms.
import functools
from functools import lru_cache, cache

calls = []

@lru_cache
def square(n):
    calls.append(n)
    return n * n

print(square(3), square(3), square(4), calls)
print(square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), info == (1, 2, 128, 2))
square.cache_clear()
print(square.cache_info())
print(square(3), calls)

@lru_cache(maxsize=2)
def tracked(n):
    calls.append(("tracked", n))
    return n

calls.clear()
tracked(1)
tracked(2)
tracked(1)
tracked(3)
tracked(2)
tracked(1)
print(calls)
print(tracked.cache_info())

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@functools.cache
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)
print(factorial(10), factorial.cache_info())
print(factorial(12), factorial.cache_info())

@lru_cache()
def keyed(a, b=0, *, c=0):
    calls.append((a, b, c))
    return a + b + c
calls.clear()
print(keyed(1), keyed(1, 0), keyed(1, b=0), keyed(a=1), keyed(1, c=2), keyed(1, c=2))
print(calls, keyed.cache_info())

@lru_cache(maxsize=0)
def uncached(x):
    return x
uncached(1)
uncached(1)
print(uncached.cache_info())

@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info())
print(lru_cache(maxsize=3)(abs)(-2), lru_cache(10)(len)("abc"))

class Grid:
    def __init__(self, size):
        self.size = size
    @lru_cache(maxsize=None)
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)
    @functools.cache
    def area(self):
        return self.size * self.size
g = Grid(3)
print(g.paths(10, 10), g.area(), g.area())
print(Grid.paths.cache_info().currsize, Grid.area.cache_info())

try:
    lru_cache("big")
except TypeError as e:
    print("TypeError:", e)
print(square.__name__, repr(square).startswith("<functools._lru_cache_wrapper object at"))
