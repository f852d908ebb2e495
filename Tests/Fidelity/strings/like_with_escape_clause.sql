SELECT s, s LIKE '10!%%' ESCAPE '!' AS pct, s LIKE 'a\_b' AS underscore, s LIKE '%#_%' ESCAPE '#' AS has_us
FROM VALUES ('10% off'), ('100 off'), ('a_b'), ('axb'), (NULL) AS t(s)
