SELECT id, inline_outer(pairs)
FROM VALUES
  (1, array(named_struct('k', 'a', 'v', 1), named_struct('k', 'b', 'v', 2))),
  (2, array()),
  (3, CAST(NULL AS ARRAY<STRUCT<k: STRING, v: INT>>)),
  (4, array(CAST(NULL AS STRUCT<k: STRING, v: INT>)))
AS t(id, pairs)
