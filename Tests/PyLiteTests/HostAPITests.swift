import Testing
@testable import PyLite

/// A fake expression object standing in for a Spark Column: operators build new expressions.
final class FakeColumn: PyHostObject {
    let expression: String
    let cls: PyClass
    init(_ expression: String, cls: PyClass) {
        self.expression = expression
        self.cls = cls
    }

    var pyTypeName: String { "Column" }
    var pyClass: PyClass? { cls }

    func describe(_ value: PyValue) -> String {
        if let column = value.asHost(FakeColumn.self) { return column.expression }
        if case .str(let s) = value { return "'\(s)'" }
        if let i = value.asInt { return String(i) }
        return "?"
    }

    func pyBinary(_ op: PyBinaryOperator, _ other: PyValue, reflected: Bool) throws -> PyValue? {
        let left = reflected ? describe(other) : expression
        let right = reflected ? expression : describe(other)
        return .host(FakeColumn("(\(left) \(op.rawValue) \(right))", cls: cls))
    }

    func pyUnary(_ op: PyUnaryOperator) throws -> PyValue? {
        .host(FakeColumn("(\(op.rawValue)\(expression))", cls: cls))
    }

    func pyCompare(_ op: PyComparison, _ other: PyValue) throws -> PyValue? {
        .host(FakeColumn("(\(expression) \(op.rawValue) \(describe(other)))", cls: cls))
    }

    func pyTruth() throws -> Bool {
        throw PyException(
            .valueError,
            "Cannot convert column into bool: please use '&' for 'and', '|' for 'or', '~' for 'not' when building DataFrame boolean expressions.")
    }

    func pyGetAttribute(_ name: String) throws -> PyValue? {
        switch name {
        case "alias":
            return .native(PyNativeFunction(name: "alias") { args in
                let bound = try args.bind("alias", ["alias"])
                return .host(FakeColumn("\(self.expression) AS \(args.interpreter.typeName(of: bound["alias"] ?? .none) == "str" ? bound["alias"]?.asString ?? "" : "?")", cls: self.cls))
            })
        case "fail":
            return .native(PyNativeFunction(name: "fail") { _ in throw FakeEngineError(message: "[DIVIDE_BY_ZERO] Division by zero.") })
        case "timeout":
            return .native(PyNativeFunction(name: "timeout") { _ in throw PyError.timeLimit("the engine ran out of time") })
        default:
            return nil
        }
    }

    func pyRepr() -> String { "Column<'\(expression)'>" }
}

struct FakeEngineError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

final class ClassBox {
    var cls: PyClass?
}

/// Builds `fakespark`, `fakespark.sql`, `fakespark.sql.functions` and `fakespark.sql.window`.
func makeFakeRegistry() -> PyModuleRegistry {
    let registry = PyModuleRegistry()
    let box = ClassBox()
    let columnClass = PyClass(hostName: "Column", moduleName: "fakespark.sql.column") { args in
        let bound = try args.bind("Column", ["name"])
        guard let cls = box.cls else { throw PyException.typeError("Column is not ready") }
        return .host(FakeColumn(bound["name"]?.asString ?? "?", cls: cls))
    }
    box.cls = columnClass
    let functions: [String: PyValue] = [
        "col": .native(PyNativeFunction(name: "col") { args in
            let bound = try args.bind("col", ["col"])
            guard case .str(let name)? = bound["col"] else { throw PyException.typeError("col() argument must be a string") }
            return .host(FakeColumn(name, cls: columnClass))
        }),
        "sum": .native(PyNativeFunction(name: "sum") { args in
            let bound = try args.bind("sum", ["col"])
            let inner = bound["col"]?.asHost(FakeColumn.self)?.expression ?? bound["col"]?.asString ?? "?"
            return .host(FakeColumn("sum(\(inner))", cls: columnClass))
        }),
        "lit": .native(PyNativeFunction(name: "lit") { args in
            let bound = try args.bind("lit", ["col"])
            return .host(FakeColumn(try args.interpreter.repr(bound["col"] ?? .none), cls: columnClass))
        }),
    ]
    registry.register(PyModule(name: "fakespark"))
    registry.register(PyModule(name: "fakespark.sql", attributes: { name in
        name == "Column" ? .classObject(columnClass) : nil
    }))
    registry.register(PyModule(name: "fakespark.sql.functions", attributes: { functions[$0] }, exportedNames: { functions.keys.sorted() }))
    let windowClass = PyClass(hostName: "Window", moduleName: "fakespark.sql.window", attributes: { name in
        switch name {
        case "unboundedPreceding": return .int(Int.min)
        case "partitionBy":
            return .native(PyNativeFunction(name: "partitionBy") { args in
                let names = try args.positional.map { try args.interpreter.str($0) }
                return .str("partitionBy(\(names.joined(separator: ",")))")
            })
        default: return nil
        }
    })
    registry.register(PyModule(name: "fakespark.sql.window", attributes: { $0 == "Window" ? .classObject(windowClass) : nil }))
    return registry
}

func runFake(_ source: String, limits: Limits = Limits(wallClockSeconds: 5)) throws -> (PyInterpreter, PyModule) {
    let interpreter = PyInterpreter(limits: limits, modules: makeFakeRegistry())
    let module = try interpreter.run(source: source, filename: "solution.py")
    return (interpreter, module)
}

func runExpectingError(_ source: String, limits: Limits = Limits(wallClockSeconds: 5), modules: PyModuleRegistry = makeFakeRegistry()) -> PyError? {
    let interpreter = PyInterpreter(limits: limits, modules: modules)
    do {
        try interpreter.run(source: source, filename: "solution.py")
        return nil
    } catch let error as PyError {
        return error
    } catch {
        return PyError(kind: .hostError, typeName: "unexpected", message: "\(error)")
    }
}

struct HostAPITests {
    @Test(arguments: [
        ("col('a') + 1", "Column<'(a + 1)'>"),
        ("1 + col('a')", "Column<'(1 + a)'>"),
        ("10 - col('a')", "Column<'(10 - a)'>"),
        ("col('a') == 'x'", "Column<'(a == 'x')'>"),
        ("'x' == col('a')", "Column<'(a == 'x')'>"),
        ("5 < col('a')", "Column<'(a > 5)'>"),
        ("~col('a')", "Column<'(~a)'>"),
        ("-col('a')", "Column<'(-a)'>"),
        ("(col('a') > 1) & (col('b') < 2)", "Column<'((a > 1) & (b < 2))'>"),
        ("(col('a') > 1) | ~(col('b') == 'y')", "Column<'((a > 1) | (~(b == 'y')))'>"),
        ("_sum(col('v')).alias('total')", "Column<'sum(v) AS total'>"),
    ])
    func operatorsBuildHostObjects(_ expression: String, _ expected: String) throws {
        let (interpreter, _) = try runFake("""
            from fakespark.sql.functions import col, sum as _sum
            result = repr(\(expression))
            """)
        #expect(interpreter.global("result")?.asString == expected)
    }

    @Test func truthinessOfHostObjectRaisesCatchableValueError() throws {
        let error = runExpectingError("""
            from fakespark.sql import functions as F
            c = F.col("a")
            if c and True:
                pass
            """)
        #expect(error?.typeName == "ValueError")
        #expect(error?.message.hasPrefix("Cannot convert column into bool") == true)
        #expect(error?.position?.line == 3)
        let (interpreter, _) = try runFake("""
            import fakespark.sql.functions as F
            try:
                bool(F.col("a"))
            except ValueError as e:
                caught = str(e)[:30]
            """)
        #expect(interpreter.global("caught")?.asString == "Cannot convert column into boo")
    }

    @Test func importFormsAndIsinstance() throws {
        let (interpreter, _) = try runFake("""
            from fakespark.sql import functions as F
            import fakespark.sql.functions as G
            import fakespark.sql
            from fakespark.sql.functions import *
            from fakespark.sql import Column
            from fakespark.sql.window import Window
            checks = [isinstance(F.col("a"), Column), type(G.col("b")).__name__, repr(fakespark.sql.functions.col("c")),
                      repr(lit(1)), Window.unboundedPreceding < 0, Window.partitionBy("x", "y"), repr(Column("made"))]
            """)
        let checks = try #require(interpreter.global("checks")?.asArray)
        let rendered = try checks.map { try interpreter.repr($0) }.joined(separator: " | ")
        #expect(rendered == #"True | 'Column' | "Column<'c'>" | "Column<'1'>" | True | 'partitionBy(x,y)' | "Column<'made'>""#)
    }

    @Test func keywordBindingErrorsArePythonTypeErrors() {
        let cases: [(String, String)] = [
            ("F.col()", "col() missing 1 required positional argument: 'col'"),
            ("F.col('a', 'b')", "col() takes 1 positional argument but 2 were given"),
            ("F.col(name='a')", "col() got an unexpected keyword argument 'name'"),
            ("F.col('a', col='b')", "col() got multiple values for argument 'col'"),
        ]
        for (call, message) in cases {
            let error = runExpectingError("from fakespark.sql import functions as F\n\(call)\n")
            #expect(error?.typeName == "TypeError", "\(call)")
            #expect(error?.message == message)
            #expect(error?.position?.line == 2)
        }
    }

    @Test func hostSwiftErrorIsCarriedThroughWithPosition() throws {
        let error = try #require(runExpectingError("""
            from fakespark.sql import functions as F

            def solve():
                x = 1
                return F.col("a").fail()

            solve()
            """))
        #expect(error.kind == .hostError)
        let engineError = try #require(error.hostError as? FakeEngineError)
        #expect(engineError.message == "[DIVIDE_BY_ZERO] Division by zero.")
        #expect(error.position == SourcePosition(line: 5, column: 12))
        #expect(error.traceback.map(\.function) == ["<module>", "solve"])
        #expect(error.traceback.map(\.line) == [7, 5])
    }

    @Test func hostErrorsAreCatchableAsException() throws {
        let (interpreter, _) = try runFake("""
            from fakespark.sql import functions as F
            try:
                F.col("a").fail()
            except Exception as e:
                message = str(e)
            """)
        #expect(interpreter.global("message")?.asString == "[DIVIDE_BY_ZERO] Division by zero.")
    }

    @Test func hostLimitErrorsCannotBeCaught() {
        let error = runExpectingError("""
            from fakespark.sql import functions as F
            try:
                F.col("a").timeout()
            except BaseException:
                pass
            """)
        #expect(error?.kind == .timeLimit)
        #expect(error?.position?.line == 3)
    }

    @Test func callFunctionsFromTheHost() throws {
        let (interpreter, _) = try runFake("""
            def solve(users, spark, *, limit=3):
                print("solving", users, limit)
                return users * 2

            double = lambda x: x * 2

            class Scaler:
                def __init__(self, factor):
                    self.factor = factor
                def apply(self, value):
                    return value * self.factor
            """)
        let solve = try #require(interpreter.global("solve"))
        #expect(interpreter.parameterNames(of: solve) == ["users", "spark", "limit"])
        #expect(try interpreter.call(solve, positional: [21, .none]).asInt == 42)
        #expect(try interpreter.call(solve, positional: ["ab"], keyword: [("spark", .none), ("limit", 1)]).asString == "abab")
        #expect(interpreter.takeOutput() == "solving 21 3\nsolving ab 1\n")
        let double = try #require(interpreter.global("double"))
        #expect(try interpreter.call(double, positional: [2.5]).asDouble == 5.0)
        let scaler = try interpreter.call(try #require(interpreter.global("Scaler")), positional: [3])
        #expect(interpreter.typeName(of: scaler) == "Scaler")
        do {
            _ = try interpreter.call(solve, positional: [])
            Issue.record("missing arguments should fail")
        } catch let error as PyError {
            #expect(error.summary == "TypeError: solve() missing 2 required positional arguments: 'users' and 'spark'")
        }
    }

    @Test func callbacksFromNativeFunctionsRunInline() throws {
        let registry = makeFakeRegistry()
        registry.register(PyModule(name: "engine", attributes: { name in
            guard name == "map_rows" else { return nil }
            return .native(PyNativeFunction(name: "map_rows") { args in
                let bound = try args.bind("map_rows", ["f", "rows"])
                let rows = try args.interpreter.elements(of: bound["rows"] ?? .none)
                return .newList(try rows.map { try args.interpreter.call(bound["f"] ?? .none, positional: [$0]) })
            })
        }))
        let interpreter = PyInterpreter(limits: Limits(wallClockSeconds: 5), modules: registry)
        try interpreter.run(source: """
            from engine import map_rows
            result = map_rows(lambda r: r * 10, [1, 2, 3])
            try:
                map_rows(lambda r: 1 / r, [1, 0])
            except ZeroDivisionError as e:
                caught = str(e)
            """)
        #expect(try interpreter.repr(try #require(interpreter.global("result"))) == "[10, 20, 30]")
        #expect(interpreter.global("caught")?.asString == "division by zero")
    }

    @Test func hostExceptionClassesAreCatchableByClass() throws {
        let registry = PyModuleRegistry()
        let interpreter = PyInterpreter(modules: registry)
        let base = try #require(interpreter.builtinClass(named: "Exception"))
        let analysis = PyClass.exceptionSubclass(named: "AnalysisException", base: base, moduleName: "errors")
        registry.register(PyModule(name: "errors", attributes: { name in
            switch name {
            case "AnalysisException": return .classObject(analysis)
            case "analyze": return .native(PyNativeFunction(name: "analyze") { _ in
                throw PyException(exceptionClass: analysis, "[UNRESOLVED_COLUMN] cannot resolve 'x'")
            })
            default: return nil
            }
        }))
        try interpreter.run(source: """
            from errors import AnalysisException, analyze
            try:
                analyze()
            except AnalysisException as e:
                message = type(e).__name__ + ": " + str(e)
            """)
        #expect(interpreter.global("message")?.asString == "AnalysisException: [UNRESOLVED_COLUMN] cannot resolve 'x'")
    }

    @Test func mainBlockDoesNotRunForTheHost() throws {
        let (interpreter, _) = try runFake("""
            ran = False
            if __name__ == "__main__":
                ran = True
            name = __name__
            """)
        #expect(interpreter.global("ran")?.asBool == false)
        #expect(interpreter.global("name")?.asString == "solution")
    }

    @Test func valueConversions() throws {
        #expect(PyValue(3).asInt == 3)
        #expect(PyValue(2.5).asDouble == 2.5)
        #expect(PyValue("s").asString == "s")
        #expect(PyValue(true).asBool == true)
        #expect(PyValue.newList([1, 2]).asArray?.count == 2)
        let dict = try PyValue.newDict([("a", 1), ("b", 2)])
        #expect(dict.asPairs?.map { $0.0.asString ?? "" } == ["a", "b"])
        #expect(throws: PyException.self) { try PyValue.newDict([(.newList([]), 1)]) }
        let interpreter = PyInterpreter()
        #expect(try interpreter.repr(try PyValue.newSet([1])) == "{1}")
    }
}

extension HostAPITests {
    @Test func hostPrintsIntoTheCapturedOutput() throws {
        let registry = PyModuleRegistry()
        registry.register(PyModule(name: "show", attributes: { name in
            guard name == "show" else { return nil }
            return .native(PyNativeFunction(name: "show") { args in
                try args.interpreter.print("+---+\n| a |\n+---+\n")
                return PyValue.none
            })
        }))
        let interpreter = PyInterpreter(modules: registry)
        try interpreter.run(source: "from show import show\nprint('before')\nshow()\nprint('after', end='')\n")
        #expect(interpreter.takeOutput() == "before\n+---+\n| a |\n+---+\nafter")
        #expect(interpreter.output.isEmpty)
    }

    @Test func hostAndBuiltinClassesCannotBePatched() {
        for source in ["from fakespark.sql.window import Window\nWindow.partitionBy = None\n", "int.real = 1\n",
                       "import math\nmath.pi = 3\n", "from fakespark.sql import functions as F\nF.col = print\n"] {
            let error = runExpectingError(source)
            #expect(error?.typeName == "TypeError" || error?.typeName == "AttributeError", "\(source): \(error?.summary ?? "allowed")")
        }
    }

    @Test func datesCanBeMadeByTheHost() throws {
        let interpreter = PyInterpreter()
        try interpreter.run(source: "import datetime\ndef is_date(d):\n    return isinstance(d, datetime.date), str(d), d.year\n")
        let date = try interpreter.makeDate(year: 2024, month: 2, day: 29)
        let result = try interpreter.call(try #require(interpreter.global("is_date")), positional: [date])
        #expect(try interpreter.repr(result) == "(True, '2024-02-29', 2024)")
        let stamp = try interpreter.makeDateTime(year: 2024, month: 1, day: 2, hour: 3, minute: 4, second: 5)
        #expect(try interpreter.str(stamp) == "2024-01-02 03:04:05")
        #expect(stamp.asHost(PyDateValue.self)?.components.month == 1)
    }
}
