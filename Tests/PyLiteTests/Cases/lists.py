# List operations and methods.
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5)
a.extend([3, 5])
a.insert(0, 10)
a.insert(-1, 7)
print(a, len(a))
print(a.pop(), a.pop(0), a.index(4), a.count(5), a)
a.remove(1)
print(a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a, a.copy() == a, a.copy() is a)
b = a[:]
b.clear()
print(a[2:5], a[::-1], a[-2:], a[1:-1:2], b, a[100:], a[-100:2])
a[1:3] = ["x", "y", "z"]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[0]
del a[-2:]
print(a)
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m, [row[:] for row in m])
print([1, 2] + [3], [0] * 4, [1, 2] * 2, 2 in [1, 2], 3 not in [1, 2])
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [[1], [2]] > [[1], [1, 5]])
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -3)), list("abc"), list((1, 2)))
print(sorted([3, 1, 2]), sorted("bca"), sorted([(2, "b"), (1, "z"), (2, "a")]), sorted([3, 1, 2], reverse=True))
nested = [1, [2, [3, [4]]]]
print(nested, nested[1][1][0])
x = [1, 2, 3]
y = x
y.append(4)
print(x, x is y)
print(list(reversed([1, 2, 3])), list(enumerate("ab", 1)), list(zip([1, 2, 3], "ab")))
print([i for i in range(10) if i % 2 == 0], [(i, j) for i in range(3) for j in range(i)])
print(max([[1, 2], [1, 3]]), min([(1, "b"), (1, "a")]), sum([1.5, 2.5]))
stack = []
stack.append(1); stack.append(2)
print(stack.pop(), stack)
first, *rest = [1, 2, 3, 4]
*init, last = [1, 2, 3]
a1, (b1, c1) = 1, (2, 3)
print(first, rest, init, last, a1, b1, c1)
print([None, True, 1.0, "s", [], {}], repr([1, 'a', None]))
r = [1, 2, 3]
r += [4]
r *= 2
print(r, r.index(3, 3), [0, 1][True])
print(any([0, 0, 1]), all([1, 1, 0]), any([]), all([]))
