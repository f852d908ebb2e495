def solve(spark):
    return spark.createDataFrame([(1, "a"), (2, None)], "id INT NOT NULL, name STRING NOT NULL")
