# data: employees.json


def solve(employees):
    cols = ["name", "salary"]
    df = employees.select(*cols, employees["dept_id"], employees.age)
    df2 = df[["name", "age", "salary"]]
    return df2.withColumn("double_salary", df2["salary"] * 2).where(df2.age > 30)
