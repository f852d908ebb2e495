-- data: decimals.json
SELECT price / (qty - qty) FROM amounts
