-- data: nullkeys.json
SELECT k, lhs.k AS lk, rhs.k AS rk, lhs.name, w FROM lhs RIGHT JOIN rhs USING (k)
