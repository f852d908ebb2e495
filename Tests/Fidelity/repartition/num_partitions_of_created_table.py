# data: employees.json

def solve(spark, employees):
    return spark.createDataFrame([(employees.rdd.getNumPartitions(),)], "partitions INT")
