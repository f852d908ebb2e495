# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    w = Window.partitionBy("dept").orderBy("id")
    return salaries.select("id", F.lead("salary", 2, 0).over(w), F.lag("name", 1, "none").over(w))
