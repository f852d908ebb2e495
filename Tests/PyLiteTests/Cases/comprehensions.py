# Comprehensions and generator expressions have their own scope.
xs = [1, 2, 3, 4, 5, 6]
print([x * 2 for x in xs if x % 2 == 0])
print({x: x ** 2 for x in xs if x > 3})
print(sorted({x % 3 for x in xs}))
print(sum(x for x in xs), max(x for x in xs if x < 5), list(x for x in "ab"))
print([(x, y) for x in range(3) for y in range(3) if x != y if x + y > 1])
print([[y for y in range(x)] for x in range(4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [v for row in matrix for v in row])
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
gen = (i * 10 for i in range(3))
print(next(gen), next(gen), list(gen), list(gen))
print(any(c.isdigit() for c in "ab3"), all(c.isalpha() for c in "ab3"))
words = ["apple", "bob", "civic", "dog"]
print([w for w in words if w == w[::-1]], {w[0]: len(w) for w in words})
print(dict((k, v) for k, v in zip("abc", range(3))), tuple(i for i in range(3)))
class Holder:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(Holder.doubled)
def scoped(n):
    return [n * i for i in range(n)]
print(scoped(3))
print([y := 5, y ** 2])
print(sorted([(len(w), w) for w in words], reverse=True))
