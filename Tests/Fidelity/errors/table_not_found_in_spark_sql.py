# data: employees.json

def solve(spark):
    return spark.sql("SELECT * FROM staff")
