SELECT id, name, qty FROM VALUES (1, array(named_struct('name', 'pen', 'qty', 2), named_struct('name', 'ink', 'qty', 5))), (2, array()) AS t(id, items)
LATERAL VIEW OUTER inline(items) x AS name, qty
