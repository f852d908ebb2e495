-- data: numbers.json
SELECT id, try_add(a, b) AS ta, try_subtract(a, 1) AS ts, try_multiply(big, 2) AS tm, try_divide(a, b) AS td,
       try_mod(a, b) AS tmod, try_add(big, 1) AS tbig
FROM nums
