SELECT session_id, path, array_contains(path, 'checkout') AS reached_checkout
FROM (
  SELECT session_id,
         sort_array(collect_list(CASE WHEN page IS NOT NULL THEN struct(view_ts, page) END)).page AS path
  FROM page_views
  WHERE session_id IS NOT NULL AND view_ts IS NOT NULL
  GROUP BY session_id
) paths
