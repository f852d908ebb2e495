# data: employees.json

def solve(spark):
    spark.udf.register("shout", lambda s: s.upper() + "!" if s else s, "string")
    return spark.sql("SELECT shout(name) AS loud FROM employees WHERE emp_id < 4")
