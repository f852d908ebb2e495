-- data: numbers.json
SELECT id, assert_true(id > 0, 'ids are positive') AS checked FROM nums
