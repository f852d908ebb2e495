SELECT product_id,
       COUNT(*) AS purchases,
       COUNT(DISTINCT user_id) AS buyers
FROM purchases
WHERE product_id IS NOT NULL
GROUP BY product_id
