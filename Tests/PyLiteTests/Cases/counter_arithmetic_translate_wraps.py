# Counter arithmetic (+, -, |, &), str.maketrans/translate, functools.wraps keeping the wrapped function's name.
from collections import Counter
import functools
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, b - a, a | b, a & b)
print(Counter("hello") + Counter("world"), (Counter(x=2) - Counter(x=5)) == Counter())
print(Counter({"n": -2, "p": 1}) + Counter(), Counter(a=1) | Counter(b=-1), Counter(a=2, b=3) & Counter(b=1, c=4))
totals = Counter()
for word in "to be or not to be".split():
    totals += Counter([word])
print(totals.most_common(2))
table = str.maketrans("abc", "xyz")
print(table, "aabbcc-abc".translate(table))
print("hello world".translate(str.maketrans("", "", "lo")), "a-b_c".translate(str.maketrans({"-": " ", "_": None})))
print("abc".translate({97: "AA", 98: None, 99: 100}), "data".translate({}), "".maketrans({99: "C"}))
for bad in [lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(["a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper
@logged
def area(w, h):
    return w * h
@logged
@logged
def twice_wrapped():
    return "ok"
print(area(2, 3), area.__name__, area.__qualname__, twice_wrapped.__name__, twice_wrapped())
print(functools.wraps(len)(lambda v: v).__name__)
