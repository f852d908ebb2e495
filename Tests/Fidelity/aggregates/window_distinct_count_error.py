# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    return salaries.select(F.countDistinct("name").over(Window.partitionBy("dept")))
