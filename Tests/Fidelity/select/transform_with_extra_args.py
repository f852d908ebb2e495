# data: employees.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def add_const(df, name, value):
    return df.withColumn(name, F.lit(value))
def solve(employees):
    return employees.transform(add_const, "k", 7).transform(lambda d: d.select("emp_id", "k"))
