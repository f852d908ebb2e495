# data: employees.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.orderBy(F.coalesce("dept_id", F.lit(0)).desc(), "name").select("name")
