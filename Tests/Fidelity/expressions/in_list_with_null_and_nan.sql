-- data: numbers.json
SELECT id, x IN (2.5, double('NaN')) AS in_with_nan, a IN (7, NULL) AS in_with_null, a NOT IN (7, NULL) AS not_in_with_null FROM nums
