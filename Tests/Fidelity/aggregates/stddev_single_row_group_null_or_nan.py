# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    return employees.groupBy("dept_id").agg(F.stddev("salary"), F.stddev_pop("salary"), F.var_samp("salary"))
