SELECT /*+ REPARTITION(8) */
       user_id,
       COUNT(*) AS events,
       MIN(event_time) AS first_event,
       MAX(event_time) AS last_event
FROM events
WHERE user_id IS NOT NULL
GROUP BY user_id
