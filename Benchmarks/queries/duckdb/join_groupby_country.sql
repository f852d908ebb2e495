SELECT u.country,
       count(*)      AS txn_count,
       sum(t.amount) AS total_amount,
       avg(t.amount) AS avg_amount
FROM transactions t
JOIN users u USING (user_id)
GROUP BY u.country
