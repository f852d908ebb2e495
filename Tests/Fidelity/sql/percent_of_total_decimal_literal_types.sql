-- data: orders.json
SELECT status, count(*) AS n,
       count(*) * 100.0 / sum(count(*)) OVER () AS pct,
       round(count(*) * 100.0 / sum(count(*)) OVER (), 2) AS pct2,
       sum(amount) / (SELECT sum(amount) FROM orders) AS share
FROM orders
GROUP BY status
