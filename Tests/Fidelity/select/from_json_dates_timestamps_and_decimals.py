from pyspark.sql import functions as F


def solve(spark):
    df = spark.createDataFrame(
        [('{"d": "2024-02-29", "ts": "2024-03-01T10:15:30", "amount": 12.345}',), ('{"d": "bad", "ts": null, "amount": 1}',)],
        ["js"],
    )
    parsed = df.select(F.from_json("js", "d DATE, ts TIMESTAMP, amount DECIMAL(10,2)").alias("p"))
    return parsed.select("p.d", "p.ts", "p.amount")
