# data: employees.json

from pyspark.sql import Row


def solve(spark, employees):
    rows = employees.select("dept_id", "name").where("dept_id IS NOT NULL").collect()
    ordered = sorted(rows, key=lambda r: (r.dept_id, r.name))
    out = []
    for dept, name in ordered[:4]:
        out.append(Row(dept=dept, name=name, same=str(Row(dept_id=dept, name=name) == (dept, name))))
    return spark.createDataFrame(out)
