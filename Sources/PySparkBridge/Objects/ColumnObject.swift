import PyLite
import SparkLite

/// `pyspark.sql.Column`.
final class ColumnObject: PyHostObject {
    let column: Column

    init(_ column: Column) { self.column = column }

    nonisolated(unsafe) static let pyClassObject = PyClass(hostName: "Column", moduleName: "pyspark.sql.column")

    var pyTypeName: String { "Column" }
    var pyClass: PyClass? { Self.pyClassObject }

    static func wrap(_ c: Column) -> PyValue { .host(ColumnObject(c)) }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        let c = column
        func m(_ body: @escaping (PyArguments) throws -> Column) -> PyValue {
            .native(PyNativeFunction(name: name) { args in ColumnObject.wrap(try body(args)) })
        }
        func arg(_ a: PyArguments, _ i: Int, _ fn: String) throws -> PyValue {
            guard i < a.positional.count else { throw PyException.typeError("\(fn)() missing required positional argument") }
            return a.positional[i]
        }
        switch name {
        case "alias", "name", "as_":
            return m { a in
                let names = try Conversion.names(a.positional)
                guard !names.isEmpty else { throw PyException.typeError("alias() missing 1 required positional argument: 'alias'") }
                return c.alias(names)
            }
        case "cast", "astype": return m { a in c.cast(try Conversion.dataType(try arg(a, 0, name))) }
        case "try_cast": return m { a in Column(.cast(c.expr, try Conversion.dataType(try arg(a, 0, name)), .try)) }
        case "isNaN": return m { _ in functions.call("isnan", c) }
        case "bitwiseAND", "bitwiseOR", "bitwiseXOR":
            let op = ["bitwiseAND": "&", "bitwiseOR": "|", "bitwiseXOR": "^"][name] ?? "&"
            return m { a in functions.call(op, c, try Conversion.column(try arg(a, 0, name), stringIsName: false)) }
        case "isNull": return m { _ in c.isNull() }
        case "isNotNull": return m { _ in c.isNotNull() }
        case "isin":
            return m { a in
                let values = a.positional.count == 1 ? (a.positional[0].asArray ?? a.positional) : a.positional
                return c.isin(try values.map { try Conversion.column($0, stringIsName: false) })
            }
        case "between":
            return m { a in c.between(try Conversion.column(try arg(a, 0, name), stringIsName: false), try Conversion.column(try arg(a, 1, name), stringIsName: false)) }
        case "like", "rlike", "ilike", "contains", "startswith", "endswith":
            let fn = ["contains": "contains", "startswith": "startswith", "endswith": "endswith"][name] ?? name
            return m { a in functions.call(fn, c, try Conversion.column(try arg(a, 0, name), stringIsName: false)) }
        case "substr":
            return m { a in
                let (start, length) = (try arg(a, 0, name), try arg(a, 1, name))
                // PySpark takes two ints or two Columns, never one of each.
                let startIsColumn = start.asHost(ColumnObject.self) != nil, lengthIsColumn = length.asHost(ColumnObject.self) != nil
                if startIsColumn != lengthIsColumn {
                    throw PyException.typeError("[NOT_SAME_TYPE] Argument `startPos` and `length` should be the same type, got \(startIsColumn ? "Column" : Conversion.typeName(start)) and \(lengthIsColumn ? "Column" : Conversion.typeName(length)).")
                }
                return functions.call("substr", c, try Conversion.column(start, stringIsName: false), try Conversion.column(length, stringIsName: false))
            }
        case "when":
            return m { a in c.when(try Conversion.column(try arg(a, 0, name)), try Conversion.column(try arg(a, 1, name), stringIsName: false)) }
        case "otherwise": return m { a in c.otherwise(try Conversion.column(try arg(a, 0, name), stringIsName: false)) }
        case "over":
            return m { a in
                guard let w = try arg(a, 0, name).asHost(WindowSpecObject.self) else { throw PyException.typeError("over() expects a WindowSpec") }
                return c.over(w.spec)
            }
        case "asc": return m { _ in c.asc() }
        case "desc": return m { _ in c.desc() }
        case "asc_nulls_first": return m { _ in Column(.sortOrder(SortOrder(c.expr, ascending: true, nullsFirst: true))) }
        case "asc_nulls_last": return m { _ in c.ascNullsLast() }
        case "desc_nulls_first": return m { _ in c.descNullsFirst() }
        case "desc_nulls_last": return m { _ in Column(.sortOrder(SortOrder(c.expr, ascending: false, nullsFirst: false))) }
        case "getItem", "getField":
            return m { a in c.getItem(try Conversion.column(try arg(a, 0, name), stringIsName: false)) }
        case "eqNullSafe": return m { a in c.eqNullSafe(try Conversion.column(try arg(a, 0, name), stringIsName: false)) }
        case "withField":
            return m { a in
                let b = try a.bind(name, ["fieldName", "col"])
                guard let field = b["fieldName"]?.asString else { throw PyException.typeError("[NOT_STR] Argument `fieldName` should be a str.") }
                guard let value = b["col"]?.asHost(ColumnObject.self) else { throw PyException.typeError("[NOT_COLUMN] Argument `col` should be a Column.") }
                return c.withField(field, value.column)
            }
        case "dropFields":
            return m { a in
                guard !a.positional.isEmpty else { throw PyException.typeError("dropFields() requires at least one field name") }
                return c.dropFields(try Conversion.names(a.positional))
            }
        default:
            // `col.field` reads a struct field, as PySpark's `Column.__getattr__` does for any other name.
            if name.hasPrefix("__") || Self.methodNames.contains(name) { return nil }
            return ColumnObject.wrap(c.getItem(functions.lit(.string(name))))
        }
    }

    /// PySpark's Column methods: a name among them is never read as a struct field.
    static let methodNames: Set<String> = [
        "alias", "asc", "asc_nulls_first", "asc_nulls_last", "astype", "between", "bitwiseAND", "bitwiseOR",
        "bitwiseXOR", "cast", "contains", "desc", "desc_nulls_first", "desc_nulls_last", "dropFields", "endswith",
        "eqNullSafe", "getField", "getItem", "ilike", "isNaN", "isNotNull", "isNull", "isin", "like", "name",
        "otherwise", "outer", "over", "rlike", "startswith", "substr", "transform", "try_cast", "when", "withField",
    ]

    func pyBinary(_ op: PyBinaryOperator, _ other: PyValue, reflected: Bool) throws -> PyValue? {
        let o = try Conversion.column(other, stringIsName: false)
        let (a, b) = reflected ? (o, column) : (column, o)
        let result: Column
        switch op {
        case .add: result = a + b
        case .subtract: result = a - b
        case .multiply: result = a * b
        case .trueDivide: result = a / b
        case .modulo: result = a % b
        case .power: result = functions.call("power", a, b)
        case .and: result = a && b
        case .or: result = a || b
        default: return nil
        }
        return ColumnObject.wrap(result)
    }

    func pyUnary(_ op: PyUnaryOperator) throws -> PyValue? {
        switch op {
        case .negate: ColumnObject.wrap(-column)
        case .invert: ColumnObject.wrap(!column)
        case .plus: .host(self)
        }
    }

    func pyCompare(_ op: PyComparison, _ other: PyValue) throws -> PyValue? {
        let o = try Conversion.column(other, stringIsName: false)
        let result: Column = switch op {
        case .equal: column == o
        case .notEqual: column != o
        case .less: column < o
        case .lessOrEqual: column <= o
        case .greater: column > o
        case .greaterOrEqual: column >= o
        }
        return ColumnObject.wrap(result)
    }

    func pyTruth() throws -> Bool {
        throw PyException(.valueError, "[CANNOT_CONVERT_COLUMN_INTO_BOOL] Cannot convert column into bool: please use '&' for 'and', '|' for 'or', '~' for 'not' when building DataFrame boolean expressions.")
    }

    func pyIterate() throws -> PyIterator? {
        throw PyException.typeError("[NOT_ITERABLE] Column is not iterable.")
    }

    func pyGetItem(_ key: PyValue) throws -> PyValue? {
        ColumnObject.wrap(column.getItem(try Conversion.column(key, stringIsName: false)))
    }

    func pyRepr() -> String { "Column<'\(ColumnText.text(column.expr))'>" }
    var pyIsHashable: Bool { false }
}
