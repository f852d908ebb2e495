# data: managers.json

from pyspark.sql import functions as F


def solve(staff):
    e = staff.alias("e")
    m = staff.alias("m")
    g = staff.alias("g")
    return (e.join(m, F.col("e.manager_id") == F.col("m.id"), "left")
            .join(g, F.col("m.manager_id") == F.col("g.id"), "left")
            .select(F.col("e.name").alias("employee"), F.col("m.name").alias("manager"),
                    F.col("g.name").alias("grand_manager"),
                    (F.col("e.salary") > F.col("m.salary")).alias("earns_more")))
