-- data: nullkeys.json
SELECT k, rhs.k FROM lhs LEFT SEMI JOIN rhs USING (k)
