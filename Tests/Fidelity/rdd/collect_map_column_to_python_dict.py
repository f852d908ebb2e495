# data: arrays.json

def solve(spark, items):
    rows = items.select("id", "attrs").collect()
    out = [(r.id, type(r.attrs).__name__, str(sorted(r.attrs.items())) if r.attrs is not None else None) for r in rows]
    return spark.createDataFrame(out, "id INT, kind STRING, items STRING")
