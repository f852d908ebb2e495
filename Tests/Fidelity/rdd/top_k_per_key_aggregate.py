# data: salaries.json
import heapq


def solve(salaries):
    pairs = salaries.rdd.filter(lambda r: r.salary is not None).map(lambda r: (r.dept, (r.salary, r.name)))
    top2 = pairs.aggregateByKey([], lambda acc, v: heapq.nlargest(2, acc + [v]), lambda a, b: heapq.nlargest(2, a + b))
    return top2.flatMapValues(lambda vs: [name for _, name in vs])
