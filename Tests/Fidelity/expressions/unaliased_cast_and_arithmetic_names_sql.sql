-- data: numbers.json
SELECT CAST(a AS STRING), CAST(x AS INT), try_cast(s AS INT), a + b, a - b * 2, (a + b) / 2, a * 1.5, b::DOUBLE, -a, +a,
       a > b, a = b AND b > 0, NOT (a > b), a IS DISTINCT FROM b, a <=> b, CASE WHEN a > 0 THEN 'p' END, CASE a WHEN 7 THEN 'seven' ELSE 'other' END,
       IF(a > 0, a, 0), nvl(a, 0), coalesce(a, b, 0), typeof(a), a IN (1, 2), x BETWEEN 0 AND 1
FROM nums WHERE id IN (1, 2, 3)
