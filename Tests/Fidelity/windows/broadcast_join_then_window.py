# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(employees, departments):
    joined = employees.join(F.broadcast(departments), "dept_id")
    w = Window.partitionBy("dept_name").orderBy(F.desc("salary"))
    return joined.select("dept_name", "name", F.rank().over(w).alias("r"))
