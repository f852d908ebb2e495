-- data: orders.json
-- ordered: true
WITH monthly AS (
  SELECT month(order_date) AS m, SUM(amount) AS revenue FROM orders GROUP BY month(order_date)
)
SELECT cur.m, cur.revenue, prev.revenue AS prev_revenue, cur.revenue - prev.revenue AS change
FROM monthly cur LEFT JOIN monthly prev ON prev.m = cur.m - 1
ORDER BY cur.m
