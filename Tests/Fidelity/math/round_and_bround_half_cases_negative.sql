SELECT round(-2.5) AS r1, bround(-2.5) AS b1, round(2.5D) AS r2, bround(2.5D) AS b2,
       round(-0.5D) AS r3, bround(3.5) AS b3, round(1.45, 1) AS r4, bround(1.45, 1) AS b4,
       round(1234.5678, -2) AS r5, round(CAST(15 AS INT), -1) AS r6, bround(25, -1) AS b6
