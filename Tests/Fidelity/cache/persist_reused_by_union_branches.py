# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

from pyspark import StorageLevel
def solve(employees):
    p = employees.groupBy("dept_id").agg(F.sum("salary").alias("s")).persist(StorageLevel.DISK_ONLY)
    return p.filter("s > 20000").union(p.filter("s <= 20000"))
