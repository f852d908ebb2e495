# data: employees.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.groupBy("dept_id").count().withColumnRenamed("count", "n").orderBy(F.desc("n"), "dept_id")
