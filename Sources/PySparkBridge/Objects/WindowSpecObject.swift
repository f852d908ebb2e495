import PyLite
import SparkLite

/// `pyspark.sql.Window` (the class with static builders) and `WindowSpec`.
final class WindowSpecObject: PyHostObject {
    let spec: WindowSpec

    init(_ spec: WindowSpec) { self.spec = spec }

    var pyTypeName: String { "WindowSpec" }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        WindowSpecObject.builder(name, spec)
    }

    /// Builders shared by `Window.partitionBy(...)` and `spec.partitionBy(...)`.
    static func builder(_ name: String, _ spec: WindowSpec) -> PyValue? {
        func m(_ body: @escaping (PyArguments) throws -> WindowSpec) -> PyValue {
            .native(PyNativeFunction(name: name) { args in .host(WindowSpecObject(try body(args))) })
        }
        switch name {
        case "partitionBy": return m { a in spec.partitionBy(try Conversion.columns(a.positional)) }
        case "orderBy": return m { a in spec.orderBy(try Conversion.columns(a.positional)) }
        case "rowsBetween", "rangeBetween":
            return m { a in
                let b = try a.bind(name, ["start", "end"])
                guard let s = b["start"]?.asInt, let e = b["end"]?.asInt else {
                    throw PyException.typeError("\(name)() expects int boundaries")
                }
                // PySpark turns offsets past +-sys.maxsize into the unbounded ones.
                let start = s <= -Int(Int64.max) ? Int64.min : Int64(s)
                let end = e >= Int(Int64.max) ? Int64.max : Int64(e)
                guard name == "rowsBetween" else { return spec.rangeBetween(start, end) }
                // A ROWS offset is an INT: Spark refuses a bigger one.
                for (label, value, unbounded) in [("start", start, Int64.min), ("end", end, Int64.max)]
                where value != unbounded && (value < Int64(Int32.min) || value > Int64(Int32.max)) {
                    throw SparkError("INVALID_BOUNDARY.\(label.uppercased())", "The boundary `\(label)` is invalid: \(value)L. Expected the value is '0', '\(unbounded)L', '[-2147483648, 2147483647]'.", sqlState: "22003")
                }
                return spec.rowsBetween(start, end)
            }
        default: return nil
        }
    }

    nonisolated(unsafe) static let windowClass = PyClass(hostName: "Window", moduleName: "pyspark.sql.window", attributes: { name in
        switch name {
        case "unboundedPreceding": return .int(Int(Int64.min))
        case "unboundedFollowing": return .int(Int(Int64.max))
        case "currentRow": return .int(0)
        default: return builder(name, WindowSpec())
        }
    })
}
