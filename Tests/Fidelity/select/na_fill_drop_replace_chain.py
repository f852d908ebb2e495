# data: employees.json


def solve(employees):
    return (employees.na.fill({"salary": 0, "age": -1})
            .na.drop(subset=["dept_id"])
            .replace("Amit", "Amith", subset=["name"])
            .select("name", "dept_id", "salary", "age"))
