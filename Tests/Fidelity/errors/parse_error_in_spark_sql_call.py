# data: employees.json

def solve(spark):
    return spark.sql("SELECT name FORM employees")
