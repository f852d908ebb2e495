# data: employees.json

def solve(spark, employees):
    r = employees.select("name").first()
    return spark.createDataFrame([(r[3],)], "x STRING")
