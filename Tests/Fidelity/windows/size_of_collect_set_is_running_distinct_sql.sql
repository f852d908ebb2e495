-- data: visits.json
SELECT user_id, visit_date, size(collect_set(revenue) OVER (ORDER BY visit_date)) AS distinct_revenues_so_far
FROM visits
