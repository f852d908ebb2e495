# data: managers.json
from pyspark.sql import functions as F


def solve(staff):
    reports = staff.groupBy("manager_id").agg(F.count("*").alias("reports"))
    return staff.join(reports, staff.id == reports.manager_id).select("name", "reports")
