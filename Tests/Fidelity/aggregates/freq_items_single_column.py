# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.select("dept_id").filter("dept_id IS NOT NULL").freqItems(["dept_id"], 0.4).select(F.sort_array("dept_id_freqItems").alias("f"))
