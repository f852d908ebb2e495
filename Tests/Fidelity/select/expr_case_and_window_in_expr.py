# data: salaries.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(salaries):
    return salaries.select("name", F.expr("CASE WHEN salary > 5000 THEN 'hi' ELSE 'lo' END AS band"), F.expr("rank() OVER (PARTITION BY dept ORDER BY salary DESC)").alias("r"))
