SELECT * FROM sales_db.orders
