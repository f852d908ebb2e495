-- data: nullkeys.json
SELECT rhs.k, count(*) FROM lhs LEFT JOIN rhs USING (k) GROUP BY rhs.k
