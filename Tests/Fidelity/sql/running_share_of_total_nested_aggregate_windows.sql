-- data: sales.json
-- ordered: true
SELECT product, SUM(amount) AS total,
       ROUND(SUM(SUM(amount)) OVER (ORDER BY SUM(amount) DESC ROWS UNBOUNDED PRECEDING) * 100.0 / SUM(SUM(amount)) OVER (), 2) AS cumulative_pct
FROM sales
GROUP BY product
ORDER BY total DESC
