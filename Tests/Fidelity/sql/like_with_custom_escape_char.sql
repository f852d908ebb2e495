SELECT s, s LIKE '10!%%' ESCAPE '!' AS pct, s LIKE '%\_%' AS underscore FROM VALUES ('10% off'), ('10 off'), ('a_b'), ('ab') AS t(s)
