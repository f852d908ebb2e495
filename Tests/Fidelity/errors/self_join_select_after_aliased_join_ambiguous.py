# data: managers.json
from pyspark.sql import functions as F


def solve(staff):
    pairs = staff.alias("e").join(staff.alias("m"), F.col("e.manager_id") == F.col("m.id"))
    return pairs.select(staff.name)
