-- data: numbers.json
SELECT id, a & 6 AS band, a | 1 AS bor, a ^ b AS bxor, ~a AS bnot,
       shiftleft(b, 2) AS shl, shiftright(a, 1) AS shr, bit_count(a) AS bits
FROM nums
