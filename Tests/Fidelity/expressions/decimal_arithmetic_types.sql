-- data: decimals.json
SELECT price * qty, price + rate, price / qty, price * rate FROM amounts WHERE id IN (1, 2)
