-- data: visits.json
SELECT user_id
FROM visits
WHERE visit_date BETWEEN DATE'2024-01-01' AND DATE'2024-03-31'
GROUP BY user_id
HAVING COUNT(DISTINCT month(visit_date)) = 3
