SELECT ceil(1.234, 2) AS c1, floor(-1.234, 1) AS f1, ceil(12345, -2) AS c2, floor(5.5D) AS f2,
       ceil(-0.5) AS c3, typeof(ceil(5.5D)) AS t1, typeof(ceil(1.234, 2)) AS t2, typeof(floor(CAST(7 AS INT))) AS t3
