SELECT id, inline_outer(items)
FROM VALUES
  (1, array(named_struct('sku', 'a', 'qty', 2), named_struct('sku', 'b', 'qty', NULL))),
  (2, CAST(array() AS ARRAY<STRUCT<sku: STRING, qty: INT>>)),
  (3, CAST(NULL AS ARRAY<STRUCT<sku: STRING, qty: INT>>))
  AS t(id, items)
