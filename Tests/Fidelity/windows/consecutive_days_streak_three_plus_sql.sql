-- data: logins.json
WITH days AS (SELECT DISTINCT user_id, login_date FROM logins),
grouped AS (SELECT user_id, login_date, date_sub(login_date, row_number() OVER (PARTITION BY user_id ORDER BY login_date)) AS grp FROM days)
SELECT user_id, min(login_date) AS start_day, count(*) AS streak FROM grouped GROUP BY user_id, grp HAVING count(*) >= 3
