# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(employees):
    df = employees.select("dept_id", "salary", "age")
    return df.na.drop(how="all").na.drop(thresh=3)
