-- data: numbers.json
SELECT id, IF(a > 0, 'positive', a) AS label FROM nums
