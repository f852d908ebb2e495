# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

from pyspark import StorageLevel
def solve(spark, employees):
    p = employees.persist(StorageLevel.MEMORY_AND_DISK_2)
    return spark.createDataFrame([(str(p.storageLevel),)], "lvl string")
