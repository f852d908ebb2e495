-- data: nullkeys.json
SELECT * FROM lhs l LEFT SEMI JOIN rhs r ON l.k = r.k AND l.v * 10 < r.w
