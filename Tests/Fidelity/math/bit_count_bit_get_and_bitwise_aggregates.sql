SELECT bit_count(-1) AS ones_int, bit_count(-1L) AS ones_bigint, bit_count(7) AS seven,
       bit_get(5, 0) AS bit0, bit_get(5, 1) AS bit1, getbit(5L, 2) AS bit2,
       bit_and(x) AS band, bit_or(x) AS bor, bit_xor(x) AS bxor
FROM VALUES (12), (10), (6) AS t(x)
