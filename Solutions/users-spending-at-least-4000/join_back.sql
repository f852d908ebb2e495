-- Plan rule: right rows, but joining the totals back to the transactions shuffles twice.
SELECT DISTINCT t.user_id, s.total_amount
FROM transactions t
JOIN (
  SELECT user_id, SUM(amount) AS total_amount
  FROM transactions
  GROUP BY user_id
) s
  ON t.user_id = s.user_id
WHERE s.total_amount >= 4000
