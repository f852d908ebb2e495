# data: employees.json

def solve(employees):
    df = employees.select("emp_id", "name", "salary").toDF("id", "who", "pay")
    return df.selectExpr("id", "upper(who) AS who", "pay * 2 AS double_pay", "pay IS NULL")
