# Scoping rules: locals, closures, nonlocal, global, UnboundLocalError.
x = 10
def read_global():
    return x
def shadow():
    x = 5
    return x
print(read_global(), shadow(), x)
def make_multiplier(n):
    def multiply(v):
        return v * n
    return multiply
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5))
def accumulator():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = accumulator()
acc(1); acc(2)
print(acc(3))
def outer():
    a = 1
    def middle():
        b = 2
        def inner():
            nonlocal a
            a += b
            return a
        return inner()
    return middle(), a
print(outer())
def counter_factory():
    counts = {"n": 0}
    def bump():
        counts["n"] += 1
        return counts["n"]
    return bump
bump = counter_factory()
bump(); bump()
print(bump())
def decorator(fn):
    def wrapper(*args, **kwargs):
        return "<" + str(fn(*args, **kwargs)) + ">"
    return wrapper
@decorator
def greet(name):
    return "hi " + name
print(greet("bo"))
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def one():
    return 1
print(one())
def bad():
    print(y_value)
    y_value = 1
y_value = 0
try:
    bad()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    print(never_defined)
except NameError as e:
    print("NameError:", e)
funcs = {}
for name in ["a", "b"]:
    def f(prefix=name):
        return prefix * 2
    funcs[name] = f
print(funcs["a"](), funcs["b"]())
def gen_counter():
    i = 0
    def nxt():
        nonlocal i
        i += 1
        return i
    return nxt
g1, g2 = gen_counter(), gen_counter()
g1(); g1()
print(g1(), g2())
