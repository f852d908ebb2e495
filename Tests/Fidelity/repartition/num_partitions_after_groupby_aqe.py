# data: employees.json

def solve(spark, employees):
    grouped = employees.groupBy("dept_id").count()
    return spark.createDataFrame([(grouped.rdd.getNumPartitions(),)], "partitions INT")
