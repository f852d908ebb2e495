from functools import reduce, partial, lru_cache, cmp_to_key, wraps
import functools
import operator
from operator import itemgetter, attrgetter, add, mul
print(reduce(add, [1, 2, 3, 4]), reduce(mul, range(1, 6), 1), reduce(lambda a, b: a + [b * 2], [1, 2], []))
print(functools.reduce(operator.or_, [{1}, {2}, {1, 3}]) == {1, 2, 3})
try:
    reduce(add, [])
except TypeError as e:
    print("TypeError", e)
base2 = partial(int, base=2)
print(base2("1010"), partial(pow, 2)(8), partial(sorted, reverse=True)([1, 3, 2]))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60))
@functools.cache
def square(n):
    return n * n
print(square(9), square(9))
def my_decorator(fn):
    @wraps(fn)
    def wrapper(*args):
        return fn(*args) + 1
    return wrapper
@my_decorator
def five():
    return 5
print(five())
rows = [("b", 2, 9.5), ("a", 3, 1.5), ("c", 1, 4.0)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0, 2)), list(map(itemgetter(0), rows)))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return self.name
people = [P("x", 30), P("y", 20)]
print(sorted(people, key=attrgetter("age")), attrgetter("name", "age")(people[0]))
print(operator.add(1, 2), operator.sub(5, 3), operator.mul(2, 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.neg(5), operator.not_(0), operator.eq(1, 1), operator.lt(1, 2), operator.getitem([1, 2], 1), operator.contains([1], 1))
print(operator.methodcaller("upper")("abc"), operator.pow(2, 5), operator.and_(6, 3), operator.xor(6, 3))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(b) - len(a))))
