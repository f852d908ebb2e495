-- data: numbers.json
SELECT id, a DIV b, a % b, pmod(a, b), -7 % 3, mod(-7, 3) FROM nums WHERE b <> 0 AND a IS NOT NULL
