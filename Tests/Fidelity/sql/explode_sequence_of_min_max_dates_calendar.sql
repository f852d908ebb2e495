-- data: logins.json
-- ordered: true
SELECT COUNT(*) AS logins, explode(sequence(MIN(login_date), MAX(login_date), INTERVAL 3 DAYS)) AS day
FROM logins
ORDER BY day
