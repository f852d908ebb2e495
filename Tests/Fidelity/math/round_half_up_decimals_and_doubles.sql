SELECT round(0.125, 2), round(0.125D, 2), round(2.5D), round(-2.5D), bround(0.125, 2), round(1.005D, 2)
