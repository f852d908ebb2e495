-- data: numbers.json
SELECT id, coalesce(a, 10 / b) AS v FROM nums
