-- data: events.json
SELECT DISTINCT user_id,
       FIRST_VALUE(page) OVER (PARTITION BY user_id ORDER BY event_time, event_type ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS first_page,
       LAST_VALUE(page) OVER (PARTITION BY user_id ORDER BY event_time, event_type ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS last_page,
       LAST_VALUE(page, true) OVER (PARTITION BY user_id ORDER BY event_time, event_type ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS last_known_page
FROM events
