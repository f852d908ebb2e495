-- data: logins.json
SELECT user_id, login_date, first_value(login_date) OVER (PARTITION BY user_id ORDER BY login_date DESC) AS latest,
       last_value(login_date) OVER (PARTITION BY user_id ORDER BY login_date) AS last_in_default_frame
FROM logins
