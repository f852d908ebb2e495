import PyLite
import SparkLite

/// `pyspark.sql.functions`: every function of SparkLite's registry, plus the Column builders PySpark adds.
/// Arguments are columns (a `str` names a column) except the positions PySpark treats as plain values
/// (`round(col, 2)`, `date_format(col, "yyyy")`, `concat_ws(",", ...)`).
enum FunctionsModule {
    /// Argument positions that are values, not column names, per function.
    static let literalPositions: [String: Set<Int>] = [
        "lit": [0], "concat_ws": [0], "date_format": [1], "to_date": [1], "try_to_date": [1], "to_timestamp": [1], "date_add": [1],
        "date_sub": [1], "add_months": [1], "round": [1], "bround": [1], "format_number": [1], "substring": [1, 2],
        "substr": [1, 2], "regexp_replace": [1, 2], "regexp_extract": [1, 2], "regexp_extract_all": [1, 2],
        "split": [1, 2], "lpad": [1, 2], "rpad": [1, 2], "instr": [1], "locate": [0, 2], "repeat": [1],
        "translate": [1, 2], "lag": [1, 2], "lead": [1, 2], "ntile": [0], "nth_value": [1], "element_at": [1],
        "array_contains": [1], "sort_array": [1], "date_trunc": [0], "trunc": [1], "from_unixtime": [1],
        "unix_timestamp": [1], "months_between": [2], "first": [1], "last": [1], "approx_count_distinct": [1],
        "percentile_approx": [1, 2], "percentile": [1, 2], "next_day": [1], "array_position": [1], "array_remove": [1], "array_repeat": [1],
        "slice": [1, 2], "array_join": [1, 2], "format_string": [0], "printf": [0], "like": [1], "rlike": [1],
        "pow": [], "power": [], "left": [1], "right": [1], "conv": [1, 2], "sequence": [], "shiftleft": [1],
        "shiftright": [1], "log": [], "get_json_object": [1], "from_json": [1], "nvl": [], "datediff": [],
        "make_date": [], "levenshtein": [], "sha2": [1], "substring_index": [1, 2],
        "from_utc_timestamp": [1], "to_utc_timestamp": [1], "listagg": [1], "string_agg": [1], "schema_of_json": [0],
        "array_append": [1], "array_prepend": [1], "array_insert": [2], "encode": [1], "decode": [1],
        "timestampadd": [0], "timestampdiff": [0],
    ]

    /// PySpark names that map onto a differently named registry function.
    static let aliases: [String: String] = [
        "countDistinct": "count", "count_distinct": "count", "sumDistinct": "sum", "sum_distinct": "sum",
        "mean": "avg", "stddev_samp": "stddev_samp", "dayofmonth": "dayofmonth",
        "listagg_distinct": "listagg", "string_agg_distinct": "string_agg",
        // PySpark's `pow` calls Spark's `power`, so the column is named `POWER(a, b)`.
        "pow": "power",
        "bitwise_not": "~", "bitwiseNOT": "~",
        "timestamp_add": "timestampadd", "timestamp_diff": "timestampdiff",
    ]

    static func module(_ context: BridgeContext) -> PyModule {
        let extra = ["col", "column", "lit", "expr", "when", "broadcast", "udf", "struct", "array", "create_map",
                     "countDistinct", "count_distinct", "sumDistinct", "sum_distinct", "listagg_distinct", "string_agg_distinct", "asc", "desc", "asc_nulls_first",
                     "asc_nulls_last", "desc_nulls_first", "desc_nulls_last", "mean", "named_struct", "window", "call_function", "call_udf"]
        let names = Set(FunctionRegistry.builtin.names + extra + GeneratorExtraction.generators.keys).sorted()
        return PyModule(name: "pyspark.sql.functions", attributes: { name in try function(name, context) },
                        exportedNames: { names })
    }

    static func function(_ name: String, _ context: BridgeContext) throws -> PyValue? {
        func f(_ body: @escaping (PyArguments) throws -> Column) -> PyValue {
            .native(PyNativeFunction(name: name) { a in ColumnObject.wrap(try body(a)) })
        }
        switch name {
        case "col", "column":
            return f { a in
                guard let n = a.positional.first?.asString else { throw PyException.typeError("[NOT_STR] Argument `col` should be a str.") }
                return Column(name: n)
            }
        case "lit":
            return f { a in
                guard let v = a.positional.first else { throw PyException.typeError("lit() missing 1 required positional argument: 'col'") }
                if let c = v.asHost(ColumnObject.self) { return c.column }
                return functions.lit(try Conversion.literal(v))
            }
        case "expr":
            return f { a in
                guard let s = a.positional.first?.asString else { throw PyException.typeError("expr() expects a SQL expression string") }
                return Column(try parseSQLExpression(s))
            }
        case "when":
            return f { a in
                let b = try a.bind("when", ["condition", "value"])
                return functions.when(try Conversion.column(b["condition"] ?? .none), try Conversion.column(b["value"] ?? .none, stringIsName: false))
            }
        case "broadcast":
            return .native(PyNativeFunction(name: name) { a in
                guard let d = a.positional.first?.asHost(DataFrameObject.self) else { throw PyException.typeError("broadcast() expects a DataFrame") }
                return .host(DataFrameObject(functions.broadcast(d.df), d.context))
            })
        case "asc", "desc", "asc_nulls_first", "asc_nulls_last", "desc_nulls_first", "desc_nulls_last":
            return .native(PyNativeFunction(name: name) { a in
                let c = ColumnObject(try Conversion.column(a.positional.first ?? .none))
                guard let method = try c.pyGetAttribute(name) else { return .none }
                return try a.interpreter.call(method)
            })
        case "udf": return .native(PyNativeFunction(name: name) { a in try PythonUDFSupport.udf(a, context) })
        case "window":
            // window(timeColumn, windowDuration, slideDuration=None, startTime=None): the durations are strings.
            return f { a in
                let b = try a.bind("window", ["timeColumn", "windowDuration", "slideDuration=", "startTime="])
                var args = [try Conversion.column(b["timeColumn"] ?? .none), try Conversion.column(b["windowDuration"] ?? .none, stringIsName: false)]
                let slide = b["slideDuration"].flatMap { $0.isNone ? nil : $0 }
                let start = b["startTime"].flatMap { $0.isNone ? nil : $0 }
                if slide != nil || start != nil { args.append(try Conversion.column(slide ?? b["windowDuration"] ?? .none, stringIsName: false)) }
                if let start { args.append(try Conversion.column(start, stringIsName: false)) }
                return Column(.unresolvedFunction(name: "window", arguments: args.map(\.expr), isDistinct: false))
            }
        case "call_function", "call_udf":
            // A function by name, built-in or registered with `spark.udf.register`, resolved like a SQL call.
            return f { a in
                guard let functionName = a.positional.first?.asString else {
                    throw PyException.typeError("[NOT_STR] Argument `\(name == "call_udf" ? "udfName" : "funcName")` should be a str, got \(Conversion.typeName(a.positional.first ?? .none)).")
                }
                return functions.call(functionName, try a.positional.dropFirst().map { try Conversion.column($0) })
            }
        case "struct", "array", "create_map", "named_struct":
            return f { a in functions.call(name, try Conversion.columns(a.positional)) }
        default:
            if let hof = HigherOrderFunction(rawValue: name) { return HigherOrderFunctionsModule.function(hof, context) }
        }
        let target = aliases[name] ?? name
        let groupingFunctions = ["grouping", "grouping_id"]
        guard FunctionRegistry.builtin.lookup(target) != nil || GeneratorExtraction.generators[target] != nil
            || groupingFunctions.contains(target) else { return nil }
        let distinct = ["countDistinct", "count_distinct", "sumDistinct", "sum_distinct", "listagg_distinct", "string_agg_distinct"].contains(name)
        let literals = literalPositions[target] ?? []
        return f { a in
            // PySpark checks this before building the column: `greatest(col)` is its own error, not Spark's.
            if ["greatest", "least"].contains(target), a.positional.count < 2 {
                throw PyException.valueError("[WRONG_NUM_COLUMNS] Function `\(target)` should take at least 2 columns.")
            }
            let bound = try FunctionKeywordArguments.positional(name, a)
            var args = try (bound ?? a.positional).enumerated().map { i, v -> Column in
                // `count("*")` is count(1) after analysis (and an error in a pivot), as in Spark.
                if target == "count", case .str("*") = v { return Column(.star(qualifier: nil)) }
                // `from_json(col, StructType([...]))`: the schema object as the DDL text the SQL form takes.
                if target == "from_json", i == 1, let t = v.asHost(DataTypeObject.self) { return functions.lit(.string(t.dataType.sqlName)) }
                // `from_json(col, schema, {"mode": "FAILFAST"})`: an options dict is the map() the SQL form takes.
                if case .dict(let options) = v { return try optionsMap(options, a.interpreter) }
                // PySpark builds `percentile_approx(col, [0.25, 0.75])`'s list as an array() call of literals.
                if target == "percentile_approx", i == 1, let items = v.asArray {
                    return functions.call("array", try items.map { functions.lit(try Conversion.literal($0)) })
                }
                // `json_tuple(col, *fields)`: the field names are values.
                if target == "json_tuple", i > 0 { return try Conversion.column(v, stringIsName: false) }
                return try Conversion.column(v, stringIsName: !literals.contains(i))
            }
            for (key, value) in a.keyword where bound == nil && ["ignorenulls", "ignoreNulls", "offset", "default", "scale", "asc", "roundOff"].contains(key) {
                args.append(try Conversion.column(value, stringIsName: false))
            }
            if let value = a.keyword("options"), case .dict(let options) = value { args.append(try optionsMap(options, a.interpreter)) }
            // `F.trim(col, chars)` calls the SQL form trim(chars, col).
            if ["trim", "ltrim", "rtrim"].contains(target), args.count == 2 { args.reverse() }
            // `F.log(col)` is the natural logarithm, named `ln(col)` as PySpark builds it.
            if target == "log", args.count == 1 { return functions.call("ln", args) }
            return functions.call(target, args, distinct: distinct)
        }
    }

    /// A Python dict of reader options as `map(key, value, ...)`, values as Spark receives them (`str()`).
    private static func optionsMap(_ options: PyDict, _ interpreter: PyInterpreter) throws -> Column {
        var items: [Column] = []
        for (key, value) in options.pairs {
            items.append(functions.lit(.string(try interpreter.str(key))))
            items.append(functions.lit(.string(try DataFrameReaderObject.optionText(value, interpreter))))
        }
        return functions.call("map", items)
    }
}

/// `F.udf(f, returnType)` and the `@udf` / `@F.udf(returnType=...)` decorators.
enum PythonUDFSupport {
    static func udf(_ a: PyArguments, _ context: BridgeContext) throws -> PyValue {
        let b = try a.bind("udf", ["f=", "returnType="])
        let returnType = try b["returnType"].map { try Conversion.dataType($0) } ?? .string
        if let fn = b["f"], !fn.isNone {
            if fn.asString != nil || fn.asHost(DataTypeObject.self) != nil {
                // `@udf("int")`: the first argument is the return type; return a decorator.
                let type = try Conversion.dataType(fn)
                return .native(PyNativeFunction(name: "udf") { d in try make(d.positional.first ?? .none, type, d.interpreter) })
            }
            return try make(fn, returnType, a.interpreter)
        }
        return .native(PyNativeFunction(name: "udf") { d in try make(d.positional.first ?? .none, returnType, d.interpreter) })
    }

    static func make(_ fn: PyValue, _ type: DataType, _ interpreter: PyInterpreter) throws -> PyValue {
        .host(UserDefinedFunctionObject(try pythonUDF(fn, type, interpreter)))
    }

    /// The UDF that calls `fn` per row, named after the Python function.
    static func pythonUDF(_ fn: PyValue, _ type: DataType, _ interpreter: PyInterpreter) throws -> PythonUDF {
        let callable = PythonCallable(function: fn, interpreter: interpreter)
        var name = "udf"
        if case .function(let f) = fn { name = f.name }
        return PythonUDF(name: name, returnType: type) { values, types in
            let args = zip(values, types).map { Conversion.python($0, $1, interpreter: callable.interpreter) }
            do {
                return Conversion.spark(try callable.interpreter.call(callable.function, positional: args), type)
            } catch {
                throw PythonWorkerError.wrap(error, interpreter: callable.interpreter)
            }
        }
    }
}
