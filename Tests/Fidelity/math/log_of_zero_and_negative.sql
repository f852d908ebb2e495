SELECT ln(0), log10(-1), log(0, 10), sqrt(-1), pow(0, -1), exp(1000)
