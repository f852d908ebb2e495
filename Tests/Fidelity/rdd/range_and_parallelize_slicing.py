# parallelize pickles a list in batches of max(1, min(len // n, 1024)) and slices the batches; a range is
# sliced by position.
# ordered: true
def solve(sc):
    return (sc.parallelize(list(range(11)), 4).glom().map(lambda p: ("list", p))
            .union(sc.range(2, 30, 3, 4).glom().map(lambda p: ("range", p)))
            .union(sc.parallelize("abcdefg", 3).glom().map(lambda p: ("string", p))))
