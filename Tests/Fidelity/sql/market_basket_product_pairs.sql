WITH items AS (
  SELECT * FROM VALUES (1, 'milk'), (1, 'bread'), (1, 'eggs'), (2, 'milk'), (2, 'bread'),
                       (3, 'bread'), (3, 'eggs'), (4, 'milk'), (4, 'bread'), (4, 'eggs') AS t(basket, item)
)
SELECT a.item AS item_a, b.item AS item_b, count(*) AS together
FROM items a JOIN items b ON a.basket = b.basket AND a.item < b.item
GROUP BY a.item, b.item
ORDER BY together DESC, item_a, item_b
