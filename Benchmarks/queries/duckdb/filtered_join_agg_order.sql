SELECT u.country,
       count(*)      AS txn_count,
       sum(t.amount) AS total_amount
FROM transactions t
JOIN users u USING (user_id)
WHERE t.amount >= 50
  AND t.txn_date >= DATE '2024-07-01'
  AND u.age BETWEEN 25 AND 40
GROUP BY u.country
ORDER BY total_amount DESC, u.country
