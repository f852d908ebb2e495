# data: decimals.json

def solve(spark, amounts):
    s = amounts.schema
    return spark.createDataFrame([(s.json(), s.treeString(), str(s["price"].dataType), s["price"].dataType.precision)], "js STRING, tree STRING, price_type STRING, precision INT")
