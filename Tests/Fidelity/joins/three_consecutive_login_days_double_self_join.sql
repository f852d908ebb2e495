-- data: logins.json
SELECT DISTINCT a.user_id, a.login_date AS streak_start
FROM logins a
JOIN logins b ON b.user_id = a.user_id AND b.login_date = date_add(a.login_date, 1)
JOIN logins c ON c.user_id = a.user_id AND c.login_date = date_add(a.login_date, 2)
