-- data: nullkeys.json
SELECT count(DISTINCT k, name), count(DISTINCT k), count(k), count(*) FROM lhs
