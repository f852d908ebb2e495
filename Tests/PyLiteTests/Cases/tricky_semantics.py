# Corner cases of Python semantics that solutions trip over.
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7.0 // 2, -0.0 == 0.0, 0.1 * 3, 1 - 0.9, 3 * 0.1 == 0.3)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(1.005, 2), round(0.285, 2))
print(int("-0"), int(" 7\n"), float("  -1.5e-3 "), str(-0.0), 1e-7, 1.5e-5, 12345678901234567.0, 0.1 + 0.7)
print(10 ** 15, 10.0 ** 15, 10.0 ** 16, 2 ** 53 + 1.0, float(2 ** 53 + 1), 9007199254740993)
print(True + 1, True * 2.5, False ** 0, True / 2, True // 1, -True, abs(-False))
print([] == [], [] is [], () is (), None == 0, None is None, 1 == True, 2 == True, "1" == 1)
print(bool("0"), bool(" "), not [], not [[]])
print([1, 2, 3][::-2], [1, 2, 3][-1:-4:-1], "hello"[::-3], list(range(10))[8:2:-2], [1, 2][5:], "abc"[-10:10])
x = [1, 2, 3]
x[1:1] = [9, 9]
print(x)
x[:] = []
print(x)
a = b = []
a.append(1)
print(b, a is b)
def mutable_default(v, acc=[]):
    acc.append(v)
    return acc
print(mutable_default(1), mutable_default(2))
print(sorted([3, 1, 2]) == [1, 2, 3], sorted("BaAb"), sorted([-1, 1, -2], key=abs), sorted([[1, 'b'], [1, 'a']]))
print("a" * -1, [0] * -5, "ab"[1:1], "" in "abc", "" in "", [[]] * 2)
d = dict.fromkeys("abc", [])
d["a"].append(1)
print(d)
print({**{"a": 1, "b": 2}, "a": 3}, dict(sorted({"b": 1, "a": 2}.items())), list(zip(*{"x": 1, "y": 2}.items())))
print(max([1, 3, 3, 2], key=lambda v: v), [i for i, v in enumerate([5, 7, 5]) if v == 5], "".join(reversed("abc")))
print(divmod(-1, 3), -1 % 3, 5 % -3, -5 // 3, 2 ** -2, (-8) ** (1 / 3) if False else "skip", 0 ** 0, 0.0 ** 0)
print("%.2f" % 2.675, "%.0f" % 0.5, "%.0f" % 1.5, "%5.1f|%-6.2f|" % (3.14159, 2.5), "%d%%" % 50, "%s" % [1, 'a'])
print("{:.1f}".format(0.05), "{:.1f}".format(0.25), "{:.2f}".format(1.005), "{:,.0f}".format(1234567.5), "{:.3g}".format(1234.5))
print(f"{1e21}", f"{1e-5}", f"{100.0}", f"{123456789.123456789}", f"{-1.0e-10}", str(1 / 3), repr(2 / 3))
print(f"{3:>{2 + 3}}|{'x':^{4}}|{1.23456:.{2}f}")
print(str(True), str(None), repr(None), f"{None!s}", f"{[1, None]}")
s = "Hello, World"
print(s.lower().count("l"), s.split(", "), s[7:], s.find("World"), s.replace("World", "There").upper(), s.center(20, "*"))
print("a-b_c d".replace("-", " ").replace("_", " ").split(), "  x  ".strip() == "x", "x".join(["1", "2", "3"]))
print("CamelCaseString".lower(), "snake_case".title(), "tItLe".capitalize(), "12abc".isalnum(), "ab c".isalpha())
print(list(map(int, "1 2 3".split())), sum(map(int, "123")), [c for c in "hello" if c in "aeiou"])
nums = [5, 3, 8, 1]
nums.sort(key=lambda n: -n)
print(nums, nums.index(8), sorted(nums)[len(nums) // 2], sum(nums) / len(nums))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in matrix], [list(r) for r in zip(*matrix[::-1])], sum(matrix[i][i] for i in range(3)))
print(len({}), len(set()), {1, 2} | {2, 3} == {1, 2, 3}, {1: 'a'}.get(2, 'z'), list({}.items()))
g = {"k": [1, 2]}
copy_g = dict(g)
copy_g["k"].append(3)
print(g)
i = 0
while i < 3:
    i += 1
else:
    print("while-else", i)
try:
    pass
except Exception:
    print("no")
else:
    print("try-else")
finally:
    print("finally")
def f():
    try:
        return "try"
    finally:
        return "finally wins"
print(f())
def g2():
    for i in range(3):
        try:
            continue
        finally:
            print("cleanup", i)
g2()
print([x for x in range(3)] + [y ** 2 for y in range(3)], *[1, 2], sep="|")
print(*"abc", sep="-", end="!\n")
print(type(1 / 1).__name__, type(4 // 2).__name__, type(2 ** -1).__name__, type(True + True).__name__, type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
for value in (None, [1], (1,), {"a": 1}):
    try:
        print(f"{value:>6}")
    except TypeError as e:
        print("TypeError", e)
print(f"{None}|{[1]!s:>6}|{(1,)!r:>6}")
