-- data: sales.json
SELECT region, sum(amount) AS total, round(sum(amount) * 100.0 / (SELECT sum(amount) FROM sales), 2) AS pct,
       typeof(sum(amount) * 100.0 / (SELECT sum(amount) FROM sales)) AS pct_type, sum(amount) / count(*) AS avg_like,
       round(100 * sum(amount) / (SELECT sum(amount) FROM sales), 1) AS pct_double
FROM sales GROUP BY region
