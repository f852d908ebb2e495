SELECT round(1.005D, 2) AS r1, round(2.675D, 2) AS r2, bround(2.675D, 2) AS b2, bround(2.665D, 2) AS b3,
       round(0.285D, 2) AS r3, round(-1.005D, 2) AS r4, round(1e20D, 2) AS big, round(CAST('NaN' AS DOUBLE), 1) AS nan,
       round(123.456D, -1) AS neg, typeof(round(1.5D)) AS t
