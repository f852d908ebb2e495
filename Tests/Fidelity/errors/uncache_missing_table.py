# data: employees.json

def solve(spark):
    spark.sql("UNCACHE TABLE no_such_table")
    return spark.sql("SELECT 1 AS x")
