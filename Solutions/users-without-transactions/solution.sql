SELECT u.user_id, u.name
FROM users u
LEFT ANTI JOIN transactions t
  ON u.user_id = t.user_id
