SELECT order_id, status, event_time
FROM (
  SELECT /*+ BROADCAST(o) */
         e.order_id, e.status, e.event_time,
         ROW_NUMBER() OVER (PARTITION BY e.order_id ORDER BY e.event_time DESC, e.event_id DESC) AS position
  FROM order_events e
  JOIN orders o ON e.order_id = o.order_id
  WHERE o.region = 'EU'
) ranked
WHERE position = 1
