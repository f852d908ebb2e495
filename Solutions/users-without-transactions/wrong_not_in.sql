-- Known wrong: NOT IN is null for every user once the subquery returns a null user_id.
SELECT user_id, name
FROM users
WHERE user_id NOT IN (SELECT user_id FROM transactions)
