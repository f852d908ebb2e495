# if/elif/else, loops with break/continue/else, conditional expressions.
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("not reached")
for i in range(3):
    pass
else:
    print("loop finished", i)
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n", n)
else:
    print("while else")
while True:
    n -= 1
    if n < 2:
        break
print("after", n)
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
print([grade(s) for s in (95, 85, 75, 10)])
print("big" if n > 100 else "small", [x if x > 0 else -x for x in (-1, 2, -3)])
for i, ch in enumerate("abc"):
    print(i, ch, end="; ")
print()
for k, v in {"a": 1, "b": 2}.items():
    print(k, "=", v, sep="", end=" ")
print()
total = 0
for row in [[1, 2], [3, 4]]:
    for value in row:
        total += value
print(total)
i = 0
while i < 10:
    i += 1
    for j in range(i):
        if j == 2:
            break
    else:
        continue
    break
print("i", i)
if (m := 10) > 5:
    print("walrus", m)
x = [1, 2, 3]
if x:
    print("non-empty")
if not []:
    print("empty list is falsy")
print(1 if 0 else 2 if 0 else 3)
