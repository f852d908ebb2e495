SELECT user_id, rn, txn_id, amount
FROM (
  SELECT user_id, txn_id, amount,
         row_number() OVER (PARTITION BY user_id ORDER BY amount DESC, txn_id) AS rn
  FROM transactions
) ranked
WHERE rn <= 3
