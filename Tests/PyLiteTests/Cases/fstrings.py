# f-strings with conversions, specs and nested fields.
name = "Ada"
x = 3.14159
n = 42
items = [1, 2, 3]
print(f"{name} {x:.2f} {n:5d} {n:<5}| {n:^7}| {n:>+6}")
print(f"{name!r} {name!s} {items} {items!r} {len(items)}")
print(f"{x:10.3f}|{x:<10.1f}|{x:e}|{x:g}|{1e-7:g}|{123456789.0:g}")
width = 8
prec = 3
print(f"{x:{width}.{prec}f}|{name:>{width}}|")
print(f"{n:,} {1234567.891:,.2f} {n:_b} {n:08b} {n:#o} {n:X} {255:#06x}")
print(f"{0.5:.0%} {0.125:.1%} {-1.5:+.1f} {1.5: .1f}")
print(f"{{braces}} {'a' + 'b'} {n * 2} {[i * i for i in range(3)]} {dict(a=1)}")
print(f"{n=} {x = :.1f} {name=!s}")
print(f"{True} {None} {1 if n > 40 else 0} {'yes' if not items else 'no'}")
print(f"{3.0} {1e16} {0.1 + 0.2} {2**0.5:.4}")
print(f"{'left':<10}|{'right':>10}|{'c':*^5}|")
d = {"k": "v"}
print(f"{d['k']} {items[-1]} {name.upper()} {name[1:]}")
print(f"""triple {name}
second line {n}""")
print(f"{12:03d} {-12:04d} {7:2} {'s':3}|")
print(rf"raw \n {name}", fr"{n}\t")
print(f"{1000000:,d} {-1234.5:,} {0.000012345:.3e} {12.0:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{float('inf')} {float('nan'):5} {-float('inf'):.2f}")
