-- data: logins.json
SELECT user_id, login_date,
       count(*) OVER (PARTITION BY user_id ORDER BY login_date) AS range_count,
       count(*) OVER (PARTITION BY user_id ORDER BY login_date ROWS UNBOUNDED PRECEDING) AS rows_count
FROM logins
