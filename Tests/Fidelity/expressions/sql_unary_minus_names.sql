-- data: numbers.json

-- SQL's unary minus is named `(- b)`, the negative() function `negative(b)`; both explain as `-b`.
SELECT id, -b, -(b + 1), negative(b), -x, max(-b) OVER (PARTITION BY b % 2) AS top
FROM nums
