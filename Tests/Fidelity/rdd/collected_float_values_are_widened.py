def solve(spark):
    df = spark.createDataFrame([(0.1,), (1.1,)], "f FLOAT")
    return spark.createDataFrame([(repr(r.f), r.f == 0.1) for r in df.collect()], "text STRING, equals_literal BOOLEAN")
