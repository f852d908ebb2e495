-- data: logins.json
WITH d AS (SELECT DISTINCT user_id, login_date FROM logins)
SELECT user_id FROM (
  SELECT user_id, login_date, lead(login_date, 2) OVER (PARTITION BY user_id ORDER BY login_date) AS third FROM d
) WHERE datediff(third, login_date) = 2
GROUP BY user_id
