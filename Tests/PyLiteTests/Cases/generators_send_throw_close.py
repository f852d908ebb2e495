# send(), throw(), close(), yield from delegation, PEP 479 and "generator already executing".

def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(next(acc), acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("finished with", e.value)

fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
print(fresh.send(None))

# throw() raises at the suspended yield; the generator can handle it and go on.
def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled", e)
            yield "recovered"
r = resilient()
print(next(r))
print(r.throw(ValueError("bad")))
print(next(r))
print(r.throw(ValueError, "by class and value"))
try:
    r.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
print(next(r, "finished after throw"))

def not_started():
    print("never printed")
    yield 1
ns = not_started()
try:
    ns.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early throw:", e)
print(list(ns))

# close() runs finally blocks and with-exits; GeneratorExit can be observed.
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
c = cleanup()
print(next(c))
print(c.close())
print(next(c, "closed generator is exhausted"))
c.close()
cleanup().close()

def observes_exit():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
oe = observes_exit()
next(oe)
oe.close()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
roe = returns_on_exit()
next(roe)
print(roe.close())

# yield from delegates send, throw and close.
def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    except ValueError:
        yield "echo caught"
    finally:
        print("echo finally", received)
    return received

def delegator():
    result = yield from echo()
    print("delegator got", result)
    yield "after"

d = delegator()
print(next(d), d.send("x"), d.send("y"))
print(d.throw(ValueError))
print(next(d))

d2 = delegator()
next(d2)
d2.send(1)
d2.close()

def chain_of_three():
    yield from delegator()
d3 = chain_of_three()
print(next(d3), d3.send("deep"))
d3.close()

# yield from over a plain iterable, and its value.
def over_list():
    value = yield from [1, 2]
    yield value
print(list(over_list()))

# PEP 479: StopIteration inside a generator becomes RuntimeError.
def leaks_stop():
    yield 1
    raise StopIteration("inner")
ls = leaks_stop()
print(next(ls))
try:
    next(ls)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def next_on_empty():
    yield next(iter([]))
try:
    list(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    list(next(iter([])) for _ in range(3))
except RuntimeError as e:
    print("genexpr RuntimeError:", e)

# A generator cannot resume itself.
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# Exceptions inside the body finish the generator.
def fails():
    yield 1
    raise KeyError("k")
fa = fails()
next(fa)
try:
    next(fa)
except KeyError as e:
    print("KeyError", e)
print(next(fa, "done after error"))

# Exceptions handled while suspended keep their context.
def in_handler():
    try:
        raise ValueError("original")
    except ValueError:
        yield "suspended in handler"
        raise TypeError("second")
ih = in_handler()
print(next(ih))
try:
    next(ih)
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))

def bare_reraise():
    try:
        raise ValueError("kept")
    except ValueError:
        yield 1
        raise
br = bare_reraise()
next(br)
try:
    next(br)
except ValueError as e:
    print("re-raised", e)

# A return inside finally, and break/continue around yields.
def finally_return():
    try:
        yield 1
        return "from try"
    finally:
        yield 2
gen_fr = finally_return()
print(list(gen_fr))

def loops():
    for i in range(5):
        if i == 1:
            continue
        yield i
        if i == 3:
            break
    i = 0
    while i < 3:
        i += 1
        try:
            if i == 2:
                continue
            yield "w%d" % i
        finally:
            yield "f%d" % i
print(list(loops()))

# The generator's methods are bound to it.
gm = accumulator()
send = gm.send
print(next(gm), send(3), iter(gm) is gm)
