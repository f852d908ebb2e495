-- data: arrays.json
SELECT id, p, s FROM items LATERAL VIEW OUTER posexplode(scores) x AS p, s
