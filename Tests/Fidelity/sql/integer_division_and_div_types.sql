-- data: numbers.json
SELECT id, a / b, a DIV b, a % b, big DIV 2, pmod(a, b) FROM nums WHERE id IN (1, 2, 6, 7)
