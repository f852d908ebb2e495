SELECT sequence(5, 1) AS down,
       sequence(1, 1) AS single,
       sequence(0, 10, 3) AS by_three,
       sequence(10, 0, -4) AS down_by_four,
       sequence(1L, 3L) AS bigints
