WITH tags AS (
  SELECT a.article_id, lower(trim(t.piece)) AS tag
  FROM articles a
  LATERAL VIEW explode(split(a.tags, ',')) t AS piece
)
SELECT tag, COUNT(DISTINCT article_id) AS articles
FROM tags
WHERE tag <> ''
GROUP BY tag
ORDER BY articles DESC, tag ASC
