-- data: numbers.json
SELECT a + CAST(1 AS BIGINT), typeof(a + 1L), a * 1.0 FROM nums WHERE id = 4
