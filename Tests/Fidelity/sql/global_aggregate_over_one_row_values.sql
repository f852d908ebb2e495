SELECT count(*) AS n, max(x) AS top FROM VALUES (7) AS t(x)
