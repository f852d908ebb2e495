SELECT txn_id, user_id, amount, txn_date
FROM transactions
ORDER BY amount DESC, txn_id
LIMIT 100
