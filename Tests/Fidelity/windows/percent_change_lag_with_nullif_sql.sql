-- data: visits.json
-- ordered: true
SELECT user_id, visit_date, revenue,
       LAG(revenue, 1) OVER (PARTITION BY user_id ORDER BY visit_date, revenue) AS prev,
       ROUND((revenue - LAG(revenue, 1) OVER (PARTITION BY user_id ORDER BY visit_date, revenue)) * 100.0
             / NULLIF(LAG(revenue, 1) OVER (PARTITION BY user_id ORDER BY visit_date, revenue), 0), 1) AS pct_change
FROM visits
ORDER BY user_id, visit_date, revenue
