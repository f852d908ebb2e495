# data: arrays.json

def solve(spark, items):
    rows = items.orderBy("id").collect()
    out = []
    for r in rows:
        flat = r.asDict()
        deep = r.asDict(recursive=True)
        out.append((r.id, str(type(flat["info"]).__name__), str(deep["info"]), str(r["attrs"]), str(r.tags)))
    return spark.createDataFrame(out, "id INT, info_type STRING, info_deep STRING, attrs STRING, tags STRING")
