-- data: numbers.json
SELECT id, assert_true(id < 5) FROM nums
