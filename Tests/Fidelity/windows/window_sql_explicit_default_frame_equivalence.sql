-- data: logins.json
SELECT user_id, login_date,
       count(*) OVER (PARTITION BY user_id ORDER BY login_date RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS explicit_range,
       count(*) OVER (PARTITION BY user_id ORDER BY login_date) AS implicit
FROM logins
