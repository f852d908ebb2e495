-- data: logins.json
SELECT user_id, login_date,
       count(*) OVER (PARTITION BY user_id ORDER BY login_date RANGE BETWEEN 2 PRECEDING AND CURRENT ROW) AS last_3_days,
       count(*) OVER (PARTITION BY user_id ORDER BY login_date RANGE BETWEEN CURRENT ROW AND 1 FOLLOWING) AS next_day
FROM logins
