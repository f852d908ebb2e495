# data: arrays.json

def solve(spark, items):
    s = items.schema
    return spark.createDataFrame(
        [(s.simpleString(), repr(s.fields[4]), repr(s["attrs"].dataType), str(items.dtypes), ",".join(s.fieldNames()), s.fields[1].dataType.simpleString())],
        "simple STRING, field_repr STRING, map_repr STRING, dtypes STRING, names STRING, array_simple STRING",
    )
