SELECT u.user_id, u.name
FROM users u
WHERE NOT EXISTS (
  SELECT 1
  FROM transactions t
  WHERE t.user_id = u.user_id
)
