-- data: orders.json

-- The join's output is sorted by either side's key, so grouping by the right side's key after it
-- needs neither an exchange nor a sort: one SortAggregate (min of a string), no partial phase.
SELECT o.customer_id, min(c.name) AS name, count(*) AS orders
FROM customers c JOIN orders o ON c.customer_id = o.customer_id
GROUP BY o.customer_id
