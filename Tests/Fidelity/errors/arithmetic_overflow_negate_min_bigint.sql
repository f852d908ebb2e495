-- data: numbers.json
SELECT -big FROM nums
