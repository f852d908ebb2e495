# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

from pyspark import StorageLevel
def solve(spark, employees):
    a = employees.select("name").persist(StorageLevel.MEMORY_ONLY)
    b = employees.select("age").persist()
    c = employees.select("emp_id")
    return spark.createDataFrame([(str(a.storageLevel), str(b.storageLevel), str(c.storageLevel), a.is_cached, c.is_cached)], "a string, b string, c string, ac boolean, cc boolean")
