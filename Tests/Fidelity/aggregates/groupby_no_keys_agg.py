# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.groupBy().agg(F.count("*"), F.sum("salary"), F.countDistinct("dept_id"))
