-- data: decimals.json
SELECT id, price * rate, price / rate, price + rate, price - qty, price % 3, rate * rate, price * 1.5
FROM amounts WHERE id <= 3
