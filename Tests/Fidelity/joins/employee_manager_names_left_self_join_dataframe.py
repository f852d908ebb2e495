# data: employees.json

from pyspark.sql import functions as F


def solve(employees):
    e = employees.alias("e")
    m = employees.alias("m")
    return (e.join(m, F.col("e.manager_id") == F.col("m.emp_id"), "left")
            .select(F.col("e.name").alias("employee"),
                    F.coalesce(F.col("m.name"), F.lit("no manager")).alias("manager"),
                    (F.col("e.salary") - F.col("m.salary")).alias("diff")))
