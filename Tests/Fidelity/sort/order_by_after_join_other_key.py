# data: employees.json
# ordered: true

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees, departments):
    return employees.join(departments, "dept_id").orderBy("location", "name").select("name", "location")
