-- data: orders.json
SELECT order_id, concat(year(order_date), '-Q', quarter(order_date)) AS q, date_format(order_date, 'yyyy-''Q''q') AS q_fmt,
       quarter(add_months(order_date, 3)) AS fiscal_q
FROM orders
