-- ordered: true
SELECT w FROM VALUES ('b'), ('B'), ('a'), ('á'), ('A'), ('ab'), (''), ('a b'), ('Ä') AS t(w) ORDER BY w
