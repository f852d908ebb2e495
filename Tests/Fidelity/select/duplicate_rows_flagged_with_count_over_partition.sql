-- data: visits.json
SELECT user_id, visit_date, revenue, COUNT(*) OVER (PARTITION BY user_id, visit_date, revenue) AS copies
FROM visits
WHERE user_id >= 5
