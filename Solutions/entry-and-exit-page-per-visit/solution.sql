SELECT visit_id, view_ts, page,
       FIRST_VALUE(page) IGNORE NULLS OVER whole_visit AS entry_page,
       LAST_VALUE(page) IGNORE NULLS OVER whole_visit AS exit_page
FROM page_views
WHERE visit_id IS NOT NULL AND view_ts IS NOT NULL
WINDOW whole_visit AS (PARTITION BY visit_id ORDER BY view_ts
                       ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
