-- data: visits.json
SELECT user_id, visit_date, visit_date - lag(visit_date) OVER (PARTITION BY user_id ORDER BY visit_date) AS gap,
       datediff(visit_date, lag(visit_date) OVER (PARTITION BY user_id ORDER BY visit_date)) AS gap_days
FROM visits
