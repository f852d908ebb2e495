-- data: numbers.json
SELECT id, a DIV b FROM nums
