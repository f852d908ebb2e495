# data: managers.json
# conf: spark.sql.analyzer.failAmbiguousSelfJoin=false

def solve(staff):
    reports = staff.groupBy("manager_id").count()
    return staff.join(reports, staff.id == reports.manager_id).select("name", "count")
