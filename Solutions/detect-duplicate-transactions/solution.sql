SELECT user_id, amount, txn_date, COUNT(*) AS copies
FROM transactions
GROUP BY user_id, amount, txn_date
HAVING COUNT(*) > 1
