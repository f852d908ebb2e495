-- data: nullkeys.json
SELECT count(*) FROM lhs JOIN rhs ON lhs.k = rhs.k GROUP BY name
