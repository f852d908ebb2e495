SELECT transform(xs, x -> transform(ys, y -> x * 10 + y)) AS grid,
       flatten(transform(xs, x -> filter(ys, y -> y > x))) AS bigger,
       exists(xs, x -> exists(ys, y -> x = y)) AS overlap
FROM VALUES (array(1, 2), array(1, 3)), (array(5), array()) AS t(xs, ys)
