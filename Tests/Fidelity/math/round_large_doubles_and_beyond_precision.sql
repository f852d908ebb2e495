SELECT round(1e20D, 2) AS big,
       round(1.23456789012345678D, 15) AS many_places,
       round(123.456D, -1) AS neg_one,
       round(123.456D, -5) AS neg_five,
       round(double('NaN'), 2) AS nan,
       round(double('Infinity'), 2) AS inf,
       round(-0.4D) AS neg_to_zero
