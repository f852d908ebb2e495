# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.groupBy("dept_id").agg(F.sort_array(F.array_agg("name")).alias("names"), F.size(F.collect_list("salary")).alias("n"))
