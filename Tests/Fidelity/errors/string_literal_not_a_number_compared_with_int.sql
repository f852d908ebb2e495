-- data: numbers.json
SELECT id FROM nums WHERE a = '7.5'
