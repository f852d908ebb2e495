WITH parsed AS (
  SELECT regexp_extract(line, '^\\S+ \\S+ \\S+ \\[[^\\]]+\\] "([A-Z]+) ([^ ?"]+)[^ "]* HTTP/[0-9.]+" (\\d{3}) \\S+$', 1) AS method,
         regexp_extract(line, '^\\S+ \\S+ \\S+ \\[[^\\]]+\\] "([A-Z]+) ([^ ?"]+)[^ "]* HTTP/[0-9.]+" (\\d{3}) \\S+$', 2) AS path,
         regexp_extract(line, '^\\S+ \\S+ \\S+ \\[[^\\]]+\\] "([A-Z]+) ([^ ?"]+)[^ "]* HTTP/[0-9.]+" (\\d{3}) \\S+$', 3) AS status
  FROM access_log
)
SELECT method, path,
       COUNT(*) AS requests,
       COUNT(CASE WHEN status LIKE '5%' THEN 1 END) AS server_errors
FROM parsed
WHERE method <> ''
GROUP BY method, path
