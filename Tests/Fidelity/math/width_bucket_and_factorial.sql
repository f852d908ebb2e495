SELECT width_bucket(5.3, 0.2, 10.6, 5), factorial(5), factorial(21), shiftleft(1, 10), 5 & 3, 5 | 3, 5 ^ 3, ~5
