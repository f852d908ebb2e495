# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    return salaries.stat.sampleBy("dept", {"eng": 0.6, "ops": 0.4}, 17).select("id")
