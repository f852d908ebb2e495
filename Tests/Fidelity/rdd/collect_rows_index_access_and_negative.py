# data: employees.json

def solve(spark, employees):
    r = employees.orderBy("emp_id").first()
    return spark.createDataFrame([(r[0], r[-1], r[1:3][0], len(r), list(r.asDict().keys())[2])], "first INT, last INT, sliced STRING, width INT, third_key STRING")
