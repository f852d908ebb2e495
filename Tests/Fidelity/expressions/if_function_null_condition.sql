-- data: numbers.json
SELECT id, if(a > 5, 'big', 'small'), if(b = 0, NULL, a DIV b) FROM nums
