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
                return name == "rowsBetween" ? spec.rowsBetween(Int64(s), Int64(e)) : spec.rangeBetween(Int64(s), Int64(e))
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
