SELECT plan, COUNT(*) AS views
FROM (
  SELECT COALESCE(u.plan, 'unknown') AS plan
  FROM (SELECT user_id FROM page_views WHERE user_id IS NOT NULL) v
  LEFT JOIN users u ON v.user_id = u.user_id
  UNION ALL
  SELECT 'anonymous' AS plan
  FROM page_views
  WHERE user_id IS NULL
) labelled
GROUP BY plan
