-- data: orders.json
-- ordered: true
SELECT date_trunc('MONTH', order_date) AS month, sum(amount) AS revenue,
       sum(sum(amount)) OVER (ORDER BY date_trunc('MONTH', order_date)) AS running
FROM orders WHERE status <> 'cancelled'
GROUP BY date_trunc('MONTH', order_date)
ORDER BY month
