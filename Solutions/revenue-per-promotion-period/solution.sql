SELECT /*+ BROADCAST(p) */
       p.promo_id, p.name, COUNT(*) AS orders, SUM(o.amount) AS revenue
FROM orders o
JOIN promotions p
  ON o.order_date BETWEEN p.start_date AND p.end_date
GROUP BY p.promo_id, p.name
