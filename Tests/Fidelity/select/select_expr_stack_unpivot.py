# data: sales.json


def solve(sales):
    wide = sales.groupBy("region").pivot("quarter", ["Q1", "Q2"]).sum("amount")
    return wide.selectExpr("region", "stack(2, 'Q1', Q1, 'Q2', Q2) AS (quarter, total)").where("total IS NOT NULL")
