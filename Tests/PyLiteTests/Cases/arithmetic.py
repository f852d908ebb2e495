# Integer and float arithmetic with Python's sign rules.
print(7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.0 % -3)
print(2 ** 10, 2 ** -1, (-2) ** 3, 2.0 ** 0.5, 10 ** 18)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17, -5))
print(abs(-3), abs(-3.5), abs(True))
print(1 + True, True + True, 3 * False, -True)
print(0.1 + 0.2, 1.0, 1e16, 1e-5, 123456789.123456789, 1/3, 2/3, 1e100, -0.0)
print(float('inf'), float('-inf'), float('nan'), 1e308 * 10)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(0.125, 2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(3.14159, 3), round(-0.5))
print(int(3.9), int(-3.9), int('42'), int(' -17 '), int('ff', 16), int('0x1f', 0), int('1_000'), int('101', 2))
print(float('3.5'), float(' 1e3 '), float(2), float('-inf'))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1 + 1), pow(2.0, 3))
print(hex(255), oct(8), bin(10), hex(-255), bin(0))
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 10, 1024 >> 3, -16 >> 2)
print(max(3, 7, 1), min(3, 7, 1), max([2, 9, 4]), min('apple', 'banana'), max([], default=0))
print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(101)))
print(10 / 4, 10 // 4, 10.0 // 4, -10 // 4, 9 ** 0.5)
x = 5
x += 3
x *= 2
x -= 1
x //= 2
x **= 2
x %= 7
print(x)
print(3 < 5 < 7, 3 < 5 > 7, 1 == 1.0, 1 is 1, 2 != 2.0, 0.1 + 0.2 == 0.3)
print(int(True), bool(0), bool(0.0), bool(''), bool([]), bool([0]), bool(None))
print(True and 3, 0 or 'x', None or 0, 1 and 0, not 3, not None)
print(1_000_000, 0xff, 0o17, 0b1011, 1.5e3, .5, 5.)
print(isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(float(7) / 2, 7 / 2.0, 3 * 1.1, 1e22, 1e21, 123e-20)
print(round(7.0 / 3, 4), round(2.5, 0), round(-1.55, 1), round(12.345, 1))
print(5 % 0.75, -5 % 0.75, 2 ** 62 + (2 ** 62 - 1))
