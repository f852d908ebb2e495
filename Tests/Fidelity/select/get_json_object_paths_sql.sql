SELECT id,
       get_json_object(js, '$.items[0].sku') AS first_sku,
       get_json_object(js, '$.items[*].qty') AS all_qty,
       get_json_object(js, '$.items') AS items,
       get_json_object(js, '$.meta.source') AS source,
       get_json_object(js, '$.missing') AS missing,
       get_json_object(js, '$.total') AS total
FROM VALUES
  (1, '{"items": [{"sku": "a", "qty": 2}, {"sku": "b", "qty": 5}], "meta": {"source": "web"}, "total": 12.50}'),
  (2, '{"items": [], "meta": null, "total": 0}'),
  (3, '{"items": [{"sku": "c"}], "total": "n/a"}'),
  (4, '{broken'),
  (5, NULL)
  AS t(id, js)
