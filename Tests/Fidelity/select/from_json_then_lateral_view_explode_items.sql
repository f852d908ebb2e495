SELECT order_id, item.sku, item.qty
FROM (SELECT order_id, from_json(js, 'items ARRAY<STRUCT<sku: STRING, qty: INT>>, note STRING') AS doc
      FROM VALUES (1, '{"items": [{"sku": "a", "qty": 2}, {"sku": "b"}]}'), (2, '{"items": []}'), (3, '{"note": "x"}') AS t(order_id, js))
LATERAL VIEW OUTER explode(doc.items) x AS item
