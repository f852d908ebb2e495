-- data: numbers.json
SELECT x DIV 1 FROM nums
