# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    c = employees.filter("salary > 6000").cache()
    a = c.select("dept_id", "salary")
    b = c.groupBy("dept_id").agg(F.max("salary").alias("salary"))
    return a.join(b, ["dept_id", "salary"])
