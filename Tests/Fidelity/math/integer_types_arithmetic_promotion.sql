SELECT typeof(CAST(1 AS TINYINT) + CAST(1 AS TINYINT)) AS tt, typeof(CAST(1 AS SMALLINT) * 2) AS st, typeof(1 + 1L) AS il,
       typeof(1 / 1) AS idiv, typeof(1 div 1) AS ddiv, typeof(5 % 2L) AS imod, typeof(CAST(1 AS TINYINT) + 1.5) AS tdec,
       typeof(-CAST(1 AS SMALLINT)) AS neg, typeof(abs(CAST(-1 AS TINYINT))) AS ab
