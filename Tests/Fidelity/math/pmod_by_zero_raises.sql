SELECT pmod(7, 0)
