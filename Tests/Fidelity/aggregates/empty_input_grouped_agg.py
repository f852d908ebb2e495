# data: empty.json
def solve(empty):
    return empty.groupBy("name").count()
