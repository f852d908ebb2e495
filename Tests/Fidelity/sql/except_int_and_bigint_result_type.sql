-- data: numbers.json
SELECT a FROM nums EXCEPT SELECT big FROM nums
