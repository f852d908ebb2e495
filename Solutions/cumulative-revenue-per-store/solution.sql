SELECT store_id, sale_date, day_revenue,
       SUM(day_revenue) OVER (PARTITION BY store_id ORDER BY sale_date
                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cumulative_revenue
FROM (
  SELECT store_id, sale_date, SUM(COALESCE(amount, 0)) AS day_revenue
  FROM sales
  WHERE store_id IS NOT NULL AND sale_date IS NOT NULL
  GROUP BY store_id, sale_date
) daily
