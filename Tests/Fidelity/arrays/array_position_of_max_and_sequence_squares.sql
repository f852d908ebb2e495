SELECT xs,
       array_position(xs, array_max(xs)) AS pos_of_max,
       transform(sequence(1, size(xs)), i -> i * i) AS squares,
       aggregate(sequence(1, size(xs)), 0, (acc, i) -> acc + xs[i - 1] * i) AS weighted
FROM VALUES (array(3, 9, 2, 9)), (array(5)) AS t(xs)
