-- Known wrong: without the lower bound, an order placed before the signup is the first order.
WITH first_orders AS (
  SELECT u.user_id, u.signup_date, MIN(o.order_date) AS first_order_date
  FROM users u
  LEFT JOIN orders o
    ON o.user_id = u.user_id
  WHERE u.signup_date IS NOT NULL
  GROUP BY u.user_id, u.signup_date
)
SELECT trunc(signup_date, 'MM') AS signup_month,
       COUNT(*) AS signups,
       COUNT(first_order_date) AS converted,
       ROUND(AVG(datediff(first_order_date, signup_date)), 1) AS avg_days_to_first_order
FROM first_orders
GROUP BY trunc(signup_date, 'MM')
ORDER BY signup_month
