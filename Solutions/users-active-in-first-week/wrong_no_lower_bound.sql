-- Known wrong: without a lower bound, events before the signup count.
SELECT u.user_id, u.name, u.signup_date
FROM users u
LEFT SEMI JOIN events e
  ON e.user_id = u.user_id
 AND datediff(e.event_date, u.signup_date) <= 6
