SELECT user_id, SUM(amount) AS total_amount
FROM transactions
WHERE user_id IS NOT NULL
GROUP BY user_id
HAVING SUM(amount) >= 4000
