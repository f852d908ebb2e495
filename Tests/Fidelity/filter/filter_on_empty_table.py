# data: empty.json
def solve(empty):
    return empty.filter("amount > 0").select("id", "name")
