-- data: numbers.json
SELECT max(x) AS mx, min(x) AS mn, count(DISTINCT x) AS nd, sum(CASE WHEN x > 1e308 THEN 1 ELSE 0 END) AS huge,
       sum(CASE WHEN x = CAST('NaN' AS DOUBLE) THEN 1 ELSE 0 END) AS nans, max(x) FILTER (WHERE NOT isnan(x)) AS mx_finite
FROM nums
