-- data: logins.json
SELECT user_id, min(login_date) AS streak_start, max(login_date) AS streak_end, count(DISTINCT login_date) AS days
FROM (SELECT user_id, login_date, date_sub(login_date, CAST(dense_rank() OVER (PARTITION BY user_id ORDER BY login_date) AS INT)) AS grp FROM logins)
GROUP BY user_id, grp
