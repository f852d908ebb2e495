SELECT 1 IN ('1', 2) AS str_num, 'a' IN ('A', 'b') AS case_sens, 2.0 IN (1, 2) AS dec_int, NULL IN (1) AS nul,
       1 IN (1, NULL) AS hit_with_null, 3 IN (1, NULL) AS miss_with_null, 3 NOT IN (1, NULL) AS not_in_null,
       DATE'2024-01-01' IN ('2024-01-01') AS date_str
