-- data: visits.json
-- ordered: true
WITH firsts AS (
  SELECT user_id, MIN(visit_date) AS first_day FROM visits GROUP BY user_id
)
SELECT first_day, COUNT(*) AS new_users, SUM(COUNT(*)) OVER (ORDER BY first_day) AS total_users
FROM firsts
GROUP BY first_day
ORDER BY first_day
