def solve(spark):
    left = spark.createDataFrame([(1, float("nan")), (2, 0.0), (3, 1.5)], "id INT, k DOUBLE")
    right = spark.createDataFrame([(float("nan"), "nan"), (-0.0, "negzero"), (1.5, "x")], "k DOUBLE, label STRING")
    return left.join(right, "k").select("id", "label")
