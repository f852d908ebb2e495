# data: employees.json

def solve(spark, employees):
    counts = [
        employees.repartition(5).rdd.getNumPartitions(),
        employees.coalesce(1).rdd.getNumPartitions(),
        employees.coalesce(10).rdd.getNumPartitions(),
        employees.repartition("dept_id").rdd.getNumPartitions(),
    ]
    return spark.createDataFrame([tuple(counts)], "five INT, one INT, coalesce_up INT, by_column INT")
