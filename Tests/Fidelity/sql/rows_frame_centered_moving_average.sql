-- data: visits.json
SELECT user_id, visit_date, avg(revenue) OVER (PARTITION BY user_id ORDER BY visit_date ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS ma
FROM visits
