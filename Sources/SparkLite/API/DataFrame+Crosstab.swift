extension DataFrame {
    /// Spark's `crosstab(col1, col2)`: one row per value of `col1` (as a string, null as "null") in a column
    /// named `col1_col2`, one count column per value of `col2` (likewise, backticks removed; sorted as
    /// strings), 0 where a pair never occurs. Spark builds it as a group-by, a pivot without values and a fill of zeros, and so does this.
    public func crosstab(_ col1: String, _ col2: String) throws -> DataFrame {
        let first = Column(name: "`\(col1)`"), second = Column(name: "`\(col2)`")
        let key = functions.when(first.isNull(), functions.lit(.string("null"))).otherwise(first.cast(.string)).alias("\(col1)_\(col2)")
        let pivotColumn = functions.when(second.isNull(), functions.lit(.string("null")))
            .otherwise(functions.call("regexp_replace", second.cast(.string), functions.lit(.string("`")), functions.lit(.string(""))))
        let counted = try groupBy(key).pivot(pivotColumn).count()
        return try counted.select(counted.schema.enumerated().map { i, f in
            let column = Column(name: "`\(f.name)`")
            return i == 0 ? column : functions.call("coalesce", column, functions.lit(.int(0)).cast(f.dataType)).alias(f.name)
        })
    }
}
