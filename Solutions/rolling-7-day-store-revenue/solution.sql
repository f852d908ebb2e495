WITH daily AS (
  SELECT store_id, order_date, SUM(COALESCE(amount, 0)) AS day_revenue
  FROM orders
  WHERE store_id IS NOT NULL AND order_date IS NOT NULL
  GROUP BY store_id, order_date
),
rolling AS (
  SELECT store_id, order_date, day_revenue,
         SUM(day_revenue) OVER (PARTITION BY store_id ORDER BY order_date
                                RANGE BETWEEN INTERVAL 6 DAYS PRECEDING AND CURRENT ROW) AS revenue_7d
  FROM daily
)
SELECT store_id, order_date, day_revenue, revenue_7d, revenue_7d / 7 AS avg_7d
FROM rolling
