SELECT order_id,
       transform(lines, l -> l.qty * l.price) AS line_totals,
       aggregate(lines, 0D, (acc, l) -> acc + l.qty * l.price) AS order_total,
       filter(lines, l -> l.qty > 1).sku AS bulk_skus,
       lines.sku AS skus,
       array_max(lines.price) AS top_price
FROM VALUES
  (1, array(named_struct('sku', 'a', 'qty', 2, 'price', 1.5D), named_struct('sku', 'b', 'qty', 1, 'price', 4.0D))),
  (2, array(named_struct('sku', 'c', 'qty', 5, 'price', 0.2D)))
  AS t(order_id, lines)
