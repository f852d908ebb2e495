SELECT id,
       exists(xs, x -> x > 2) AS any_gt_2,
       forall(xs, x -> x > 0) AS all_positive,
       exists(xs, x -> x IS NULL) AS has_null,
       forall(xs, x -> x IS NOT NULL) AS no_nulls
FROM VALUES (1, array(1, 2, 3)), (2, array(1, NULL)), (3, array(5, NULL)), (4, array()), (5, CAST(NULL AS ARRAY<INT>)), (6, array(-1, NULL))
  AS t(id, xs)
