# data: employees.json

def solve(spark, employees):
    cached = employees.cache()
    level = cached.storageLevel
    return spark.createDataFrame([(level.useDisk, level.useMemory, level.deserialized, level.replication)], "disk BOOLEAN, memory BOOLEAN, deserialized BOOLEAN, replication INT")
