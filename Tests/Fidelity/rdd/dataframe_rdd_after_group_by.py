# The rdd of an aggregated DataFrame: its shuffle is in the lineage, and AQE coalesces it to one partition.
# data: employees.json
def solve(employees):
    counts = employees.groupBy("dept_id").count().rdd
    n = counts.getNumPartitions()
    return counts.map(lambda r: (r.dept_id, r["count"], n))
