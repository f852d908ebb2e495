# data: arrays.json

from pyspark.sql import Row


def solve(spark, items):
    rows = items.orderBy("id").collect()
    out = []
    for r in rows:
        out.append(Row(
            id=r.id,
            by_key=r["tags"][0] if r["tags"] else None,
            by_index=r[0] * 100,
            color=r.info.color if r.info is not None else None,
            size=r["info"]["size"] if r["info"] is not None else None,
            attrs=",".join(sorted(r.attrs.keys())) if r.attrs is not None else None,
            as_dict=str(sorted(r.asDict().keys())),
            nested=str(r.asDict(recursive=True)["info"]),
        ))
    return spark.createDataFrame(out)
