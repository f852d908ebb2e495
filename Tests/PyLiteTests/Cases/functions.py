# Parameters, defaults, *args/**kwargs, keyword-only, closures, nonlocal, global, lambda, recursion.
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, sorted(kwargs.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, d=0))
print(f(*[1, 2, 3], **{"c": 4, "z": 5}))
def g(x, /, y, *, z=1):
    return x + y + z
print(g(1, 2), g(1, y=2, z=3))
def counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment
inc = counter()
inc(); inc(5)
print(inc())
total = 0
def add_to_total(x):
    global total
    total += x
add_to_total(5); add_to_total(6)
print(total)
square = lambda x: x * x
print(square(7), (lambda *a, **k: (a, k))(1, k=2), list(map(lambda x, y: x + y, [1, 2], [10, 20])))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(20))
def fib(n, memo={}):
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result
print(fib(80))
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
late = [lambda: i for i in range(3)]
print([l() for l in late])
def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner()
print(outer())
def doc():
    """Docstring."""
    return doc.__name__
print(doc())
def no_return():
    pass
print(no_return())
def multiple():
    return 1, [2], {"three": 3}
a, b, c = multiple()
print(a, b, c)
def annotated(users: list, limit: int = 10) -> dict:
    return {"n": len(users), "limit": limit}
print(annotated([1, 2]))
def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True))
def gen_squares(n):
    for i in range(n):
        yield i * i
print(list(gen_squares(5)), sum(gen_squares(4)))
def yield_from():
    yield from [1, 2]
    yield 3
print(list(yield_from()))
print((lambda: (yield))) if False else print("lambda ok")
def kw_only(*, key):
    return key
print(kw_only(key="k"))
