-- data: arrays.json
SELECT id, pos, score FROM items LATERAL VIEW OUTER posexplode(scores) s AS pos, score
