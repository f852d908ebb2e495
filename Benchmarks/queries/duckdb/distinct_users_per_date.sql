SELECT txn_date, count(DISTINCT user_id) AS distinct_users
FROM transactions
GROUP BY txn_date
