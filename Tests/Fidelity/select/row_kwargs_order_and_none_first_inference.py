from pyspark.sql import Row


def solve(spark):
    rows = [Row(name="b", score=None, tags=["x"]), Row(name="a", score=2.5, tags=[]), Row(name=None, score=1.0, tags=None)]
    df = spark.createDataFrame(rows)
    return df.select(df.columns[::-1])
