SELECT u.user_id, u.name, u.signup_date
FROM users u
WHERE EXISTS (
  SELECT 1
  FROM events e
  WHERE e.user_id = u.user_id
    AND e.event_date BETWEEN u.signup_date AND date_add(u.signup_date, 6)
)
