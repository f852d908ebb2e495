-- data: decimals.json
SELECT avg(price), sum(price), avg(rate), sum(rate * qty), avg(qty) FROM amounts
