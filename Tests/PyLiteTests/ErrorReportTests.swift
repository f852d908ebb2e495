import Testing
@testable import PyLite

/// Uncaught exceptions: Python's wording, the user's line and column, and the traceback.
struct ErrorReportTests {
    func error(_ source: String) -> PyError? {
        do {
            try PyInterpreter().run(source: source, filename: "solution.py")
            return nil
        } catch let error as PyError {
            return error
        } catch {
            return nil
        }
    }

    @Test func nameErrorReportsLineColumnAndTraceback() throws {
        let source = """
            def helper(values):
                return sum(values) + missing_total

            def solve():
                data = [1, 2, 3]
                return helper(data)

            solve()
            """
        let failure = try #require(error(source))
        #expect(failure.kind == .exception)
        #expect(failure.summary == "NameError: name 'missing_total' is not defined")
        #expect(failure.position == SourcePosition(line: 2, column: 26))
        #expect(failure.sourceLine == "    return sum(values) + missing_total")
        #expect(failure.traceback == [
            PyTracebackEntry(function: "<module>", line: 8),
            PyTracebackEntry(function: "solve", line: 6),
            PyTracebackEntry(function: "helper", line: 2),
        ])
        #expect(failure.description == """
            Traceback (most recent call last):
              File "solution.py", line 8, in <module>
              File "solution.py", line 6, in solve
              File "solution.py", line 2, in helper
            NameError: name 'missing_total' is not defined
            """)
    }

    @Test(arguments: [
        ("x = 1\ny = x / 0\n", "ZeroDivisionError: division by zero", 2, 7),
        ("items = [1]\nitems[5]\n", "IndexError: list index out of range", 2, 1),
        ("d = {}\nv = d['k']\n", "KeyError: 'k'", 2, 5),
        ("s = 'a'\nn = s.nope\n", "AttributeError: 'str' object has no attribute 'nope'", 2, 5),
        ("n = int('x')\n", "ValueError: invalid literal for int() with base 10: 'x'", 1, 5),
        ("def f(a): pass\nf(1, 2)\n", "TypeError: f() takes 1 positional argument but 2 were given", 2, 1),
        ("raise ValueError('bad input')\n", "ValueError: bad input", 1, 1),
        ("x = None\nx()\n", "TypeError: 'NoneType' object is not callable", 2, 1),
        ("a, b = [1, 2, 3]\n", "ValueError: too many values to unpack (expected 2)", 1, 1),
        ("x = 2 ** 64\n", "OverflowError: integer overflow: the result does not fit in 64 bits (the embedded engine's int is 64-bit)", 1, 7),
    ])
    func runtimeErrorPositions(_ source: String, _ summary: String, _ line: Int, _ column: Int) throws {
        let failure = try #require(error(source))
        #expect(failure.summary == summary)
        #expect(failure.position?.line == line)
        #expect(failure.position?.column == column)
    }

    @Test func errorInsideLambdaCalledFromBuiltin() throws {
        let failure = try #require(error("values = [3, 0]\nresult = sorted(values, key=lambda v: 10 // v)\n"))
        #expect(failure.summary == "ZeroDivisionError: integer division or modulo by zero")
        #expect(failure.traceback.map(\.function) == ["<module>", "<lambda>"])
        #expect(failure.position?.line == 2)
    }
}
