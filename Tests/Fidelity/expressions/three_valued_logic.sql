-- data: numbers.json
SELECT id, (a > 0) AND (x > 0), (a > 0) OR (x > 0), NOT (a > 0), a > 0 AND NULL, a > 0 OR NULL FROM nums
