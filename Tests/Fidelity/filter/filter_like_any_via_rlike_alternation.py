# data: strings.json

from pyspark.sql import functions as F
from pyspark.sql.window import Window

def solve(people):
    return people.filter(F.lower("email").rlike("@(gmail|yahoo)\\.com$")).select("id")
