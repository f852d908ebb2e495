# data: managers.json
from pyspark.sql import functions as F


def solve(staff):
    reports = staff.groupBy("manager_id").agg(F.count("*").alias("reports")).alias("r")
    return staff.alias("s").join(reports, F.col("s.id") == F.col("r.manager_id")).select("s.name", "r.reports")
