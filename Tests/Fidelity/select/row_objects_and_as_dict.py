from pyspark.sql import Row


def solve(spark):
    people = [Row(name="Ann", age=31, city="Pune"), Row(name="Bob", age=None, city="Delhi")]
    df = spark.createDataFrame(people)
    first = df.orderBy("name").first()
    d = first.asDict()
    out = [Row(key=k, value=str(v)) for k, v in sorted(d.items())]
    out.append(Row(key="fields", value=",".join(first.asDict().keys())))
    out.append(Row(key="in", value=str("age" in first)))
    return spark.createDataFrame(out)
