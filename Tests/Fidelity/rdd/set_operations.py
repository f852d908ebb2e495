def solve(sc):
    a = sc.parallelize([1, 2, 3, 4, 4, 5])
    b = sc.parallelize([4, 5, 6])
    return (a.intersection(b).map(lambda x: ("both", x))
            .union(a.subtract(b).map(lambda x: ("only_a", x)))
            .union(a.distinct().map(lambda x: ("distinct", x))))
