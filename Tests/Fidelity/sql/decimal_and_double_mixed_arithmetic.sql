-- data: decimals.json
SELECT id, price * ratio, price + 1.5D, rate / 2, price + 1E0 FROM amounts WHERE id IN (1, 2, 4)
