# data: arrays.json

from pyspark.sql import Row
from pyspark.sql import functions as F


def solve(spark, items):
    df = items.withColumn("n_tags", F.size("tags")).withColumn("ratio", F.col("id") / 2).withColumn("when", F.current_date())
    out = [Row(name=n, dtype=t) for n, t in df.dtypes]
    out.append(Row(name="columns", dtype=",".join(df.columns)))
    out.append(Row(name="schema", dtype=df.schema.simpleString()))
    out.append(Row(name="field", dtype=df.schema["info"].dataType.simpleString()))
    out.append(Row(name="names", dtype=",".join(df.schema.fieldNames())))
    out.append(Row(name="nullable", dtype=str([f.nullable for f in df.schema.fields])))
    return spark.createDataFrame(out)
