SELECT array_sort(array(3, 1, 2), (a, b) -> IF(a > b, 1, NULL))
