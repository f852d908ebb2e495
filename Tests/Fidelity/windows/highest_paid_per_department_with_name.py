# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window


def solve(employees, departments):
    w = Window.partitionBy("dept_id").orderBy(F.desc("salary"))
    top = employees.withColumn("r", F.rank().over(w)).filter("r = 1")
    return top.join(departments, "dept_id").select("dept_name", "name", "salary")
