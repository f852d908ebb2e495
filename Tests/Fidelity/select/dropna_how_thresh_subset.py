# data: employees.json

def solve(employees):
    a = employees.dropna(how="any").select("emp_id").withColumn("rule", F.lit("any"))
    b = employees.dropna(how="all", subset=["salary", "age"]).select("emp_id").withColumn("rule", F.lit("all"))
    c = employees.na.drop(thresh=7).select("emp_id").withColumn("rule", F.lit("thresh"))
    d = employees.dropna(subset=["dept_id"]).select("emp_id").withColumn("rule", F.lit("subset"))
    return a.unionByName(b).unionByName(c).unionByName(d)


from pyspark.sql import functions as F
