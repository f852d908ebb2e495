import Testing
@testable import SparkLite

/// Builds a function from the registry over literal arguments and evaluates it the way the engine does:
/// children first, casts through `Cast`, null-intolerant functions short-circuit on a null argument.
enum FunctionTestSupport {
    static func lit(_ v: Value, _ t: DataType) -> Expression { .literal(v, t) }

    static func build(_ name: String, _ args: [Expression], ansi: Bool = true) throws -> Expression {
        guard let builder = FunctionRegistry.builtin.lookup(name) else {
            throw SparkError("UNRESOLVED_ROUTINE", "no function \(name)")
        }
        return try builder.build(args, FunctionContext(ansi: ansi))
    }

    static func run(_ name: String, _ args: [Expression]) throws -> Value {
        try eval(build(name, args))
    }

    static func eval(_ e: Expression) throws -> Value {
        switch e {
        case .literal(let v, _): return v
        case .alias(let c, _, _): return try eval(c)
        case .cast(let c, let t, let mode): return try Cast.evaluate(eval(c), from: c.dataType, to: t, mode: mode)
        case .isNull(let c): return .bool(try eval(c).isNull)
        case .caseWhen(let branches, let elseValue):
            for b in branches where try eval(b.condition) == .bool(true) { return try eval(b.value) }
            return try elseValue.map(eval) ?? .null
        case .isNotNull(let c): return .bool(!(try eval(c).isNull))
        case .unaryMinus(let c, let mode): return try Arithmetic.negate(eval(c), type: c.dataType, mode: mode)
        case .function(let f, let args):
            if f.isReplaceable, let replacement = args.last { return try eval(replacement) }
            let values = try args.map(eval)
            if f.nullIntolerant && values.contains(where: \.isNull) { return .null }
            return try f.evaluate(values)
        default:
            throw SparkError.internalError("test evaluator cannot evaluate \(e.prettyName)")
        }
    }
}

/// One row of a function table: the call, its arguments, and what PySpark 4.3 returned.
struct FunctionCase: CustomTestStringConvertible, Sendable {
    let name: String
    let args: [Expression]
    let expected: Value
    let type: DataType?
    var testDescription: String { "\(name)(\(args.map(\.prettyName).joined(separator: ", ")))" }

    init(_ name: String, _ args: [Expression], _ expected: Value, _ type: DataType? = nil) {
        self.name = name
        self.args = args
        self.expected = expected
        self.type = type
    }

    func check() throws {
        let e = try FunctionTestSupport.build(name, args)
        if let type { #expect(e.dataType == type, "type of \(testDescription)") }
        let v = try FunctionTestSupport.eval(e)
        #expect(v == expected, "\(testDescription) = \(v)")
    }
}

/// A call that must fail with Spark's error class and message.
struct FunctionErrorCase: CustomTestStringConvertible, Sendable {
    let name: String
    let args: [Expression]
    let errorClass: String
    let message: String?
    var testDescription: String { "\(name)(\(args.map(\.prettyName).joined(separator: ", "))) fails" }

    init(_ name: String, _ args: [Expression], _ errorClass: String, _ message: String? = nil) {
        self.name = name
        self.args = args
        self.errorClass = errorClass
        self.message = message
    }

    func check() {
        do {
            let v = try FunctionTestSupport.run(name, args)
            Issue.record("\(testDescription) returned \(v)")
        } catch let error as SparkError {
            #expect(error.errorClass == errorClass)
            if let message { #expect(error.message == message) }
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}

extension Expression {
    static func s(_ v: String) -> Expression { .literal(.string(v), .string) }
    static func i(_ v: Int64) -> Expression { .literal(.int(v), .int) }
    static func l(_ v: Int64) -> Expression { .literal(.int(v), .long) }
    static func d(_ v: Double) -> Expression { .literal(.double(v), .double) }
    static func b(_ v: Bool) -> Expression { .literal(.bool(v), .boolean) }
    static func dec(_ text: String) -> Expression {
        let parts = text.split(separator: ".")
        let scale = parts.count == 2 ? parts[1].count : 0
        // As Spark types a decimal literal: integral digits without leading zeros, plus the scale.
        let integral = (parts.first ?? "").filter(\.isNumber).drop(while: { $0 == "0" }).count
        return .literal(.decimal(Decimal128.parse(text, scale: scale) ?? 0, scale: scale), .decimal(precision: max(integral + scale, 1), scale: scale))
    }
    static func date(_ text: String) -> Expression { .literal(DateTimeUtils.parseDate(text).map { .date($0) } ?? .null, .date) }
    static func ts(_ text: String) -> Expression { .literal(Cast.parseTimestamp(text).map { .timestamp($0) } ?? .null, .timestamp) }
    static var null: Expression { .literal(.null, .null) }
    static func nullOf(_ t: DataType) -> Expression { .literal(.null, t) }
    static func arr(_ items: [Value], _ e: DataType) -> Expression {
        .literal(.array(items), .array(element: e, containsNull: items.contains(where: \.isNull)))
    }
}

extension Value {
    static func d(_ text: String) -> Value {
        DateTimeUtils.parseDate(text).map { .date($0) } ?? .null
    }
    static func ts(_ text: String) -> Value {
        Cast.parseTimestamp(text).map { .timestamp($0) } ?? .null
    }
    static func dec(_ text: String) -> Value {
        let parts = text.split(separator: ".")
        let scale = parts.count == 2 ? parts[1].count : 0
        return .decimal(Decimal128.parse(text, scale: scale) ?? 0, scale: scale)
    }
}
