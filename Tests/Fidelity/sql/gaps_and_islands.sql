-- data: logins.json
WITH d AS (SELECT DISTINCT user_id, login_date FROM logins),
g AS (SELECT user_id, login_date, date_sub(login_date, row_number() OVER (PARTITION BY user_id ORDER BY login_date)) AS grp FROM d)
SELECT user_id, min(login_date) AS start_date, max(login_date) AS end_date, count(*) AS days
FROM g GROUP BY user_id, grp
