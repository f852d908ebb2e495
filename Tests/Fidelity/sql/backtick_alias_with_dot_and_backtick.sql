SELECT 1 AS `a.b`, 2 AS `x``y`, 3 AS `select`
