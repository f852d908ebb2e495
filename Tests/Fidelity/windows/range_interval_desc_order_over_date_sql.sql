-- data: logins.json
SELECT user_id, login_date, count(*) OVER (PARTITION BY user_id ORDER BY login_date DESC RANGE BETWEEN INTERVAL 2 DAYS PRECEDING AND CURRENT ROW) AS next_two_days
FROM logins
