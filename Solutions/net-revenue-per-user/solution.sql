SELECT user_id,
       COALESCE(SUM(gross), 0) AS gross,
       COALESCE(SUM(refunded), 0) AS refunded,
       COALESCE(SUM(gross), 0) - COALESCE(SUM(refunded), 0) AS net
FROM (
  SELECT user_id, amount AS gross, CAST(NULL AS INT) AS refunded FROM orders
  UNION ALL
  SELECT user_id, CAST(NULL AS INT) AS gross, amount AS refunded FROM refunds
) movements
WHERE user_id IS NOT NULL
GROUP BY user_id
