# data: employees.json

def solve(spark, employees):
    employees.filter("age > 30").createOrReplaceTempView("seniors")
    return spark.sql("SELECT name FROM seniors WHERE salary IS NOT NULL")
