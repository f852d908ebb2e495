SELECT round(1234.5678, -2), round(1250, -2), bround(1250, -2), round(-2.5), round(CAST(2.675 AS DECIMAL(10,3)), 2)
