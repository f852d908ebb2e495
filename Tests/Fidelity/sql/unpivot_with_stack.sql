WITH q AS (
  SELECT * FROM VALUES ('east', 10, 20, NULL), ('west', 5, NULL, 7) AS t(region, q1, q2, q3)
)
SELECT region, stack(3, 'q1', q1, 'q2', q2, 'q3', q3) AS (quarter, amount)
FROM q
