SELECT * FROM VALUES (2, 1), (1, 2) AS t(`all`, b) ORDER BY ALL
