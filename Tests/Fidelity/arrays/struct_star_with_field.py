# data: arrays.json

def solve(items):
    return items.select("info.*", "info.color", "id")
