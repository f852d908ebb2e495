-- data: events.json
SELECT DISTINCT e.user_id
FROM events e
WHERE EXISTS (SELECT 1 FROM events v WHERE v.user_id = e.user_id AND v.event_type = 'view')
  AND NOT EXISTS (SELECT 1 FROM events p WHERE p.user_id = e.user_id AND p.event_type = 'purchase')
