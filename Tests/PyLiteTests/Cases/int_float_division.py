# Python's division rules, which PySpark solutions rely on.
print(7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7.0 // 2)
print(2 ** 10, 10 / 4, 9 / 3)
print(round(2.5), round(3.5), round(2.675, 2))
print(divmod(-7, 2), abs(-3), int("42") + 1)
