# data: strings.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(people):
    return people.filter(F.col("email").like("%\\_%")).select("id", "email")
