-- data: numbers.json
SELECT id, try_add(a, 2147483647) AS add, try_subtract(big, 1) AS sub, try_multiply(a, 2) AS mul,
  try_divide(a, b) AS div, try_mod(a, b) AS md, try_divide(big, 0) AS divz
FROM nums
