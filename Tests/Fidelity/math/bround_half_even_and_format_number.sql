SELECT bround(2.5), bround(3.5), bround(-2.5), bround(2.5D), bround(0.125D, 2), round(-0.5), format_number(1234567.891, 2), format_number(0.5, 0), format_number(-1234.5D, 1)
