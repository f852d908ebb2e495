"""Module docstring."""
x = 1; y = 2
total = x + \
    y
values = [
    1,
    2,  # trailing comment
]
print(total, values, __name__ == "__main__")
if __name__ == "__main__":
    print("main block runs under CPython and in this test")
def f():
    '''Function docstring'''
    return f.__name__
print(f(), (lambda: 0).__name__ if False else "lambda")
a = b = c = 5
print(a, b, c)
s = "implicit" " concatenation" ' works'
print(s)
print(1 if True else 2, [1, 2, 3][-1], {1, 2} == {2, 1}, (1,) * 3)
i = 10
i //= 3
print(i, -i, +i, ~i, not i)
del a
print("a" in dir() if False else "deleted")
x = [1, 2, 3]
x[1:2] = []
print(x, x[:], x[::-1][0])
print(type(...).__name__ if False else "ellipsis", ...)
print(0x10 + 0o10 + 0b10, 1_0.5, 1e3)
class Empty: pass
print(type(Empty()).__name__)
matrix = [[1, 2], [3, 4]]
print([[row[i] for row in matrix] for i in range(2)])
pairs = {(1, 2): "a"}
print(pairs[1, 2])
print(max(
    3,
    4,
))
assert True
assert 1 == 1, "never"
print("done")
