SELECT pmod(-7, 3) AS p1, pmod(7, -3) AS p2, -7 % 3 AS m1, 7 % -3 AS m2, mod(-7, 3) AS m3, pmod(-7.5, 2) AS p3,
       pmod(-7.5D, 2) AS p4, -7.5D % 2 AS m4, typeof(pmod(-7, 3L)) AS t1, typeof(7 % 2.5) AS t2, pmod(CAST(NULL AS INT), 3) AS nul
