SELECT g, corr(x, y) AS c, covar_samp(x, y) AS cs, covar_pop(x, y) AS cp, skewness(x) AS sk, kurtosis(y) AS ku
FROM VALUES ('one', 1, 2.0), ('flat', 5, 1.0), ('flat', 5, 2.0), ('flat', 5, NULL),
            ('mixed', 1, 10.0), ('mixed', 2, 8.5), ('mixed', 4, 3.25), ('mixed', 7, 1.0), ('mixed', NULL, 4.0) AS t(g, x, y)
GROUP BY g
