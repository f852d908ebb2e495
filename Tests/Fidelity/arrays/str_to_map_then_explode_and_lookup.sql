SELECT id, m['color'] AS color, k, v
FROM (SELECT id, str_to_map(props, ';', '=') AS m FROM VALUES (1, 'color=red;size=M'), (2, 'size=L') AS t(id, props))
LATERAL VIEW explode(m) e AS k, v
