SELECT slice(xs, -2, 2) AS last_two,
       slice(xs, 2, 10) AS from_second,
       slice(xs, -10, 2) AS before_start,
       slice(xs, 1, 0) AS empty_len
FROM VALUES (array(1, 2, 3, 4, 5)), (array(7)) AS t(xs)
