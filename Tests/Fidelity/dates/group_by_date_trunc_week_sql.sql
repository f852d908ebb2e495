-- data: visits.json
SELECT date_trunc('week', visit_date) AS week_start, count(*) AS visits, sum(revenue) AS revenue
FROM visits GROUP BY date_trunc('week', visit_date)
