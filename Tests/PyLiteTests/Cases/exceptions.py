# try/except/else/finally, raise, raise from, custom exceptions, messages.
def risky(n):
    if n == 0:
        raise ValueError("zero!")
    if n == 1:
        return 1 / 0
    if n == 2:
        return [][1]
    if n == 3:
        return {}["missing"]
    if n == 4:
        return undefined_name
    if n == 5:
        return "a" + 1
    if n == 6:
        return None.attr
    if n == 7:
        return int("abc")
    return n
for i in range(9):
    try:
        print("ok", risky(i))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    except (IndexError, KeyError) as e:
        print(type(e).__name__, e, repr(e))
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("else ran")
    finally:
        print("finally", i)
class AppError(Exception):
    pass
class DetailError(AppError):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
try:
    raise DetailError(404, "not found")
except AppError as e:
    print("caught", type(e).__name__, e.code, e, e.args)
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(e, type(e.__cause__).__name__) if False else print(e)
def finally_return():
    try:
        return "try"
    finally:
        print("cleanup")
print(finally_return())
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    raise ValueError
except ValueError as e:
    print("bare class:", repr(e), str(e) == "")
try:
    raise Exception("a", 1)
except Exception as e:
    print(e, e.args)
def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling")
        raise
try:
    reraiser()
except ZeroDivisionError as e:
    print("reraised", e)
try:
    int("x")
except (TypeError, ValueError) as e:
    print("tuple catch", e)
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(bool, int))
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}.pop("k")
except KeyError as e:
    print("KeyError", e)
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print(type(e).__name__, e)
e = None
for attempt in range(3):
    try:
        if attempt < 2:
            raise ValueError(attempt)
        print("succeeded at", attempt)
        break
    except ValueError as err:
        print("retry", err)
class Custom(Exception):
    def __str__(self):
        return "custom message"
try:
    raise Custom()
except Custom as c:
    print(c, repr(c) == "Custom()")
raise DetailError(500, "final uncaught")
