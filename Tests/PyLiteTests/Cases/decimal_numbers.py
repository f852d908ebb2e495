from decimal import Decimal, getcontext, InvalidOperation, DivisionByZero, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


# construction and text
for text in ["12.50", "-0", "0E-18", "1E1", " 1_000.5 ", "-Inf", "nan", "1E-7", "0.000001", "1.23456789012345678901234567890123", "abc", "1.2.3", ""]:
    show(f"Decimal({text!r})", lambda: Decimal(text))
for value in [0.1, -0.0, 1e20, 1.5, 7, -3, True, float("inf")]:
    show(f"Decimal({value!r})", lambda: Decimal(value))
show("Decimal()", lambda: Decimal())
show("Decimal(None)", lambda: Decimal(None))
show("Decimal(tuple)", lambda: Decimal((1, (1, 2, 5), -2)))
show("Decimal(Decimal)", lambda: Decimal(Decimal("3.10")))
print(str(Decimal("1E-7")), str(Decimal("123.4500")), str(Decimal("-1E+3")), str(Decimal("0.0000001234")))

# arithmetic keeps exact digits and rounds to 28 significant digits
a, b = Decimal("1.30"), Decimal("1.20")
show("a+b", lambda: a + b)
show("a-b", lambda: a - b)
show("a*2", lambda: a * 2)
show("1+a", lambda: 1 + a)
show("a+True", lambda: a + True)
show("0.00+1", lambda: Decimal("0.00") + Decimal("1"))
show("1-1.00", lambda: Decimal("1") - Decimal("1.00"))
show("1/3", lambda: Decimal(1) / Decimal(3))
show("2/3", lambda: Decimal(2) / 3)
show("7.5/2.5", lambda: Decimal("7.5") / Decimal("2.5"))
show("100/4", lambda: Decimal(100) / Decimal(4))
show("1.0/0.1", lambda: Decimal("1.0") / Decimal("0.1"))
show("5/2", lambda: Decimal(5) / 2)
show("10/3 neg", lambda: Decimal(-10) / Decimal("3"))
show("nines", lambda: Decimal("9" * 30) + 0)
show("+nines", lambda: +Decimal("9" * 30))
show("long*1", lambda: Decimal("1.23456789012345678901234567890123") * 1)
show("-0", lambda: -Decimal("0"))
show("abs", lambda: abs(Decimal("-1.20")))
show("-x", lambda: -Decimal("1.5"))
show("1/0", lambda: Decimal(1) / Decimal(0))
show("0/0", lambda: Decimal(0) / Decimal(0))
show("1%0", lambda: Decimal(1) % Decimal(0))
show("1//0", lambda: Decimal(1) // Decimal(0))
show("-1//3", lambda: Decimal(-1) // Decimal(3))
show("-7%3", lambda: Decimal(-7) % Decimal(3))
show("5//0.3", lambda: Decimal("5") // Decimal("0.3"))
show("5.5%0.3", lambda: Decimal("5.5") % Decimal("0.3"))
show("7.25%-2", lambda: Decimal("7.25") % Decimal("-2"))
show("-1.5//1", lambda: Decimal("-1.5") // 1)
show("1e40//1", lambda: Decimal("1e40") // 1)
show("divmod", lambda: divmod(Decimal(7), Decimal(2)))
show("pow", lambda: Decimal("1.10") ** 2)
show("pow neg", lambda: Decimal("0.5") ** -2)
show("pow 10**-2", lambda: Decimal(10) ** -2)
show("pow 3**-1", lambda: Decimal(3) ** -1)
show("pow 2**100", lambda: Decimal(2) ** 100)
show("pow 0**0", lambda: Decimal(0) ** 0)
show("pow 0**-1", lambda: Decimal(0) ** -1)
show("pow -2**3", lambda: Decimal(-2) ** 3)
show("pow 2.50**-1", lambda: Decimal("2.50") ** -1)
show("int**Decimal", lambda: 2 ** Decimal(3))
show("a+float", lambda: a + 1.5)
show("a*float", lambda: a * 1.5)
show("a+str", lambda: a + "x")
show("inf-inf", lambda: Decimal("inf") - Decimal("inf"))
show("nan+1", lambda: Decimal("NaN") + 1)
show("overflow", lambda: Decimal("1e999999") * 10)
show("sum", lambda: sum([Decimal("1.1"), Decimal("2.2")]))
show("0.1+0.2==0.3", lambda: Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))

# comparisons, hashing, keys
show("12.5==12.50", lambda: Decimal("12.5") == Decimal("12.50"))
show("0.5==0.5f", lambda: Decimal("0.5") == 0.5)
show("0.1==0.1f", lambda: Decimal("0.1") == 0.1)
show("0.1<0.2f", lambda: Decimal("0.1") < 0.2)
show("1.5<2", lambda: 1.5 < Decimal("2"))
show("nan<1", lambda: Decimal("NaN") < 1)
show("nan==1", lambda: Decimal("NaN") == 1)
show("inf>1e308", lambda: Decimal("inf") > 1e308)
show("==None", lambda: Decimal(1) == None)
show("<str", lambda: Decimal(1) < "a")
show("sorted", lambda: sorted([Decimal("2"), 1, 0.5, Decimal("-1.5")]))
show("max", lambda: max(Decimal(1), Decimal("1.5")))
for text in ["0.5", "1.0", "12.50", "-3", "0.1", "1e30", "-0.25"]:
    show(f"hash({text})", lambda: hash(Decimal(text)))
show("key int", lambda: {1: "a"}[Decimal("1.00")])
show("key float", lambda: {0.5: "a"}[Decimal("0.50")])
show("set", lambda: len({Decimal("1.0"), Decimal("1"), 1, 1.0}))
show("bool", lambda: (bool(Decimal("0.0")), bool(Decimal("0.01"))))

# rounding and conversions
for mode in [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    print(mode, [str(Decimal(t).quantize(Decimal("1"), rounding=mode)) for t in ["2.5", "-2.5", "3.5", "2.51", "-0.4", "5.01", "2.05"]])
show("q default", lambda: Decimal("2.675").quantize(Decimal("0.01")))
show("q half up", lambda: Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
show("q positional", lambda: Decimal("2.665").quantize(Decimal("0.01"), ROUND_HALF_EVEN))
show("q E+1", lambda: Decimal("123.456").quantize(Decimal("1E+1")))
show("q pad", lambda: Decimal(12).quantize(Decimal("0.01")))
show("q -0", lambda: Decimal("-0.001").quantize(Decimal("0.01")))
show("q 0.005", lambda: Decimal("0.005").quantize(Decimal("0.01"), ROUND_HALF_UP))
show("q too long", lambda: Decimal("1e30").quantize(Decimal("0.01")))
show("q int", lambda: Decimal(5).quantize(1))
show("q bad rounding", lambda: Decimal(5).quantize(Decimal(1), rounding="UP"))
show("round()", lambda: (round(Decimal("2.5")), round(Decimal("-2.5")), round(Decimal("3.5"))))
show("round(,2)", lambda: round(Decimal("2.675"), 2))
show("round(,-1)", lambda: round(Decimal("125"), -1))
show("round inf", lambda: round(Decimal("inf")))
show("int", lambda: (int(Decimal("-2.7")), int(Decimal("1e10")), int(Decimal("7.99"))))
show("int nan", lambda: int(Decimal("nan")))
show("float", lambda: (float(Decimal("0.1")), float(Decimal("-2.5")), float(Decimal("1e400"))))
show("normalize", lambda: (Decimal(10).normalize(), Decimal("100").normalize(), Decimal("0.00").normalize(), Decimal("1.2300").normalize()))
show("to_integral_value", lambda: (Decimal("1.5").to_integral_value(), Decimal("2.5").to_integral_value(), Decimal("2.5").to_integral_value(ROUND_HALF_UP)))
show("predicates", lambda: (Decimal("-1.5").is_signed(), Decimal("1.50").adjusted(), Decimal("0.0").is_zero(), Decimal("nan").is_nan(), Decimal("-inf").is_infinite()))
show("copy", lambda: (Decimal("-1.5").copy_abs(), Decimal("1.5").copy_negate()))

# formatting
for spec in [".2f", ",.2f", "", ".0f", "+.1f", "08.1f", "10", "<10", "f", ".1%", ">8.1f", ",", "^9.1f"]:
    for text in ["2.675", "1234567.891", "-0.5", "1E+2", "1E-7", "0.125"]:
        print(repr(spec), text, repr(format(Decimal(text), spec)))
print(f"{Decimal('19.99') * 3:.2f} {Decimal('5.5'):>6}|")

# context
ctx = getcontext()
print(ctx.prec, ctx.rounding)
ctx.prec = 6
show("prec 6", lambda: Decimal(1) / Decimal(7))
show("prec 6 add", lambda: Decimal("123456.7") + 0)
ctx.rounding = ROUND_HALF_UP
show("half up ctx", lambda: Decimal("2.5").quantize(Decimal(1)))
show("bad rounding", lambda: setattr(ctx, "rounding", "nope"))
ctx.prec = 28
ctx.rounding = ROUND_HALF_EVEN
show("isinstance", lambda: (isinstance(Decimal(1), Decimal), type(Decimal(1)).__name__))
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError", type(e).__name__)
try:
    Decimal("x")
except ArithmeticError as e:
    print("caught as ArithmeticError", type(e).__name__)
except InvalidOperation:
    print("not reached")
show("0%0", lambda: Decimal(0) % Decimal(0))
show("0//0", lambda: Decimal(0) // Decimal(0))
show("nan%0", lambda: Decimal("nan") % 0)
show("divmod int", lambda: divmod(7, Decimal("2.5")))
show("subnormal float", lambda: Decimal(5e-324))
show("tiny sum", lambda: Decimal("1E+30") + Decimal("1E-30"))
show("neg sum", lambda: Decimal("-1.5") + Decimal("-2.25"))
show("mixed sum", lambda: Decimal("-1.5") + Decimal("2.25"))

import math
show("math.floor", lambda: (math.floor(Decimal("-2.5")), math.floor(Decimal("2.5")), math.floor(Decimal("7"))))
show("math.ceil", lambda: (math.ceil(Decimal("-2.5")), math.ceil(Decimal("2.01")), math.ceil(Decimal("1E+2"))))
show("math.trunc", lambda: math.trunc(Decimal("-2.7")))
show("math.sqrt", lambda: math.sqrt(Decimal("2")))
show("math.isclose", lambda: math.isclose(Decimal("0.1"), 0.1))
show("math.floor nan", lambda: math.floor(Decimal("nan")))
show("pow huge", lambda: Decimal(1) ** (-9223372036854775807 - 1))
show("pow overflow", lambda: Decimal(2) ** 9223372036854775807)
show("pow long", lambda: Decimal("1.0001") ** 100000)
show("underflow pow", lambda: Decimal("0.5") ** 9223372036854775807)
show("underflow mul", lambda: Decimal("1e-999999") * Decimal("1e-999999"))
show("subnormal", lambda: Decimal("1.55e-999990") * Decimal("1e-30"))
show("huge exponent", lambda: Decimal("1e999999999999999999"))
show("pow huge decimal exponent", lambda: Decimal(2) ** Decimal("1e30"))
show("one pow huge", lambda: Decimal(1) ** Decimal("1e30"))
show("key huge", lambda: {1: 2}.get(Decimal("1e999999999999")))
