-- data: logins.json
SELECT user_id, MAX(gap) AS longest_gap, AVG(gap) AS avg_gap
FROM (
  SELECT user_id, DATEDIFF(login_date, LAG(login_date) OVER (PARTITION BY user_id ORDER BY login_date)) AS gap
  FROM logins
) t
GROUP BY user_id
