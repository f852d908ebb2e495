-- data: visits.json
SELECT user_id, visit_date, revenue,
       sum(revenue) OVER (PARTITION BY user_id ORDER BY visit_date RANGE BETWEEN INTERVAL 30 DAYS PRECEDING AND CURRENT ROW) AS last_30
FROM visits
