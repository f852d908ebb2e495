-- ordered: true
WITH RECURSIVE fib(n, a, b) AS (
  SELECT 1, 0L, 1L
  UNION ALL
  SELECT n + 1, b, a + b FROM fib WHERE n < 15
)
SELECT n, a FROM fib ORDER BY n
