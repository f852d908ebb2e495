# data: managers.json

from pyspark.sql import functions as F


def solve(staff):
    e = staff.alias("e")
    m = staff.alias("m")
    return (e.join(m, F.col("e.manager_id") == F.col("m.id"))
            .filter(F.col("e.salary") > F.col("m.salary"))
            .select(F.col("e.name").alias("employee"), F.col("e.salary"), F.col("m.name").alias("manager"), F.col("m.salary").alias("manager_salary")))
