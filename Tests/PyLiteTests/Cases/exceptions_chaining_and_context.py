# raise ... from, __cause__/__context__/__suppress_context__, str(e) and args, re-raise, yield from's value, a failing __str__.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key
class Custom(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"
def find(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise NotFound(k) from e
try:
    find({}, "x")
except AppError as e:
    print(type(e).__name__, e, e.key, repr(e), e.args, type(e.__cause__).__name__, e.__cause__)
try:
    raise Custom(404, "nope")
except Custom as e:
    print(e, str(e), e.code, repr(e.msg))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("inner")
except ValueError as e:
    print(e, repr(e.__context__), e.__cause__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
for exc in [KeyError("k"), ValueError(), IndexError("i", 2), Exception("a", "b"), TypeError(5)]:
    print(repr(exc), "|", str(exc), "|", exc.args)
def f():
    try:
        return "try"
    finally:
        print("finally")
print(f())
try:
    x = [1][5]
except (IndexError, KeyError) as e:
    print("caught", e)
else:
    print("no")
finally:
    print("done")
try:
    {}["a"]
except LookupError as e:
    print("lookup", e, isinstance(e, KeyError))
try:
    raise
except RuntimeError as e:
    print(e)
def g():
    try:
        int("x")
    except ValueError:
        print("handling")
        raise
try:
    g()
except ValueError as e:
    print("reraised", e)
e = None
try:
    assert 1 == 2, "math broke"
except AssertionError as err:
    print("assert", err)
try:
    raise NotImplementedError
except NotImplementedError as err:
    print(repr(err), str(err) == "")
print(issubclass(NotFound, Exception), isinstance(NotFound("z"), AppError), NotFound("q").args)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
def inner():
    yield 1
    return "inner result"
def outer():
    result = yield from inner()
    yield result
    plain = yield from [2, 3]
    yield plain
print(list(outer()))
class Broken(Exception):
    def __str__(self):
        return str(self)
raise Broken()
