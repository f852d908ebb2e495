SELECT CAST(0.1F AS DOUBLE) AS widened, typeof(CAST(1 AS FLOAT) + 1D) AS fd, typeof(CAST(1 AS FLOAT) + 1) AS fi,
       typeof(1.5F) AS fl, CAST(1.5F * 2 AS STRING) AS fs, typeof(2147483648) AS big_lit, typeof(1e2) AS sci_lit,
       typeof(1.5BD) AS bd, 3.0F / 2 AS fdiv, typeof(3.0F / 2) AS fdiv_t
