-- data: numbers.json
SELECT id, s, try_cast(s AS INT), try_cast(s AS DOUBLE), try_cast(s AS BOOLEAN) FROM nums
