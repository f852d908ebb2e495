-- data: numbers.json
SELECT id, big * 2 FROM nums
