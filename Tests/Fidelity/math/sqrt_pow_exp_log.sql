SELECT sqrt(16), pow(2, 10), power(2.0, -1), exp(0), ln(1), log10(1000), log2(8), log(2, 8), cbrt(27)
