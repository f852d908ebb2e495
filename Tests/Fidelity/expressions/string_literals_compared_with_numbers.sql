-- data: numbers.json
SELECT id, x = '1.5' AS x_eq, '2' > a AS a_lt, big >= ' 3 ' AS big_ge FROM nums
