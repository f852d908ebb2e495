-- data: visits.json
SELECT v.user_id, v.visit_date, (SELECT coalesce(sum(w.revenue), 0) FROM visits w WHERE w.user_id = v.user_id AND w.visit_date < v.visit_date AND w.visit_date >= v.visit_date - 30) AS prior_30 FROM visits v
