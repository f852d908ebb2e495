import Testing
@testable import PyLite

/// SyntaxError and IndentationError positions and messages, as CPython 3.11 reports them.
struct SyntaxErrorTests {
    struct Case: Sendable, CustomStringConvertible {
        var source: String
        var type: String
        var line: Int
        var column: Int
        var message: String
        var description: String { source.debugDescription }
    }

    static let cases: [Case] = [
        Case(source: "x = 1\ny = 2\nx = = 1\n", type: "SyntaxError", line: 3, column: 5, message: "invalid syntax"),
        Case(source: "def f(:\n    pass\n", type: "SyntaxError", line: 1, column: 7, message: "invalid syntax"),
        Case(source: "if x\n    pass\n", type: "SyntaxError", line: 1, column: 5, message: "expected ':'"),
        Case(source: "def f():\nreturn 1\n", type: "IndentationError", line: 2, column: 1,
             message: "expected an indented block after function definition on line 1"),
        Case(source: "x = 1\n  y = 2\n", type: "IndentationError", line: 2, column: 3, message: "unexpected indent"),
        Case(source: "if True:\n    x = 1\n  y = 2\n", type: "IndentationError", line: 3, column: 3,
             message: "unindent does not match any outer indentation level"),
        Case(source: "s = 'abc\n", type: "SyntaxError", line: 1, column: 5, message: "unterminated string literal (detected at line 1)"),
        Case(source: "s = '''abc\n", type: "SyntaxError", line: 1, column: 5,
             message: "unterminated triple-quoted string literal (detected at line 2)"),
        Case(source: "print((1, 2)\n", type: "SyntaxError", line: 1, column: 6, message: "'(' was never closed"),
        Case(source: "x = )\n", type: "SyntaxError", line: 1, column: 5, message: "unmatched ')'"),
        Case(source: "x = (1, 2]\n", type: "SyntaxError", line: 1, column: 10,
             message: "closing parenthesis ']' does not match opening parenthesis '('"),
        Case(source: "1 = x\n", type: "SyntaxError", line: 1, column: 1,
             message: "cannot assign to literal here. Maybe you meant '==' instead of '='?"),
        Case(source: "f() = 3\n", type: "SyntaxError", line: 1, column: 1,
             message: "cannot assign to function call here. Maybe you meant '==' instead of '='?"),
        Case(source: "for x in range(3) print(x)\n", type: "SyntaxError", line: 1, column: 19, message: "expected ':'"),
        Case(source: "x = 5 $ 3\n", type: "SyntaxError", line: 1, column: 7, message: "invalid syntax"),
        Case(source: "return = 3\n", type: "SyntaxError", line: 1, column: 8, message: "invalid syntax"),
        Case(source: "class A\n    pass\n", type: "SyntaxError", line: 1, column: 8, message: "expected ':'"),
        Case(source: "x = [1, 2\ny = 3\n", type: "SyntaxError", line: 1, column: 5, message: "'[' was never closed"),
        Case(source: "def f(a=1, b):\n    pass\n", type: "SyntaxError", line: 1, column: 12,
             message: "non-default argument follows default argument"),
        Case(source: "a b\n", type: "SyntaxError", line: 1, column: 3, message: "invalid syntax"),
        Case(source: "print 'hello'\n", type: "SyntaxError", line: 1, column: 1,
             message: "Missing parentheses in call to 'print'. Did you mean print(...)?"),
        Case(source: "x = 0777\n", type: "SyntaxError", line: 1, column: 5,
             message: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
        Case(source: "while True:\npass\n", type: "IndentationError", line: 2, column: 1,
             message: "expected an indented block after 'while' statement on line 1"),
        Case(source: "f(x=1, 2)\n", type: "SyntaxError", line: 1, column: 8, message: "positional argument follows keyword argument"),
        Case(source: "x = 1\nreturn x\n", type: "SyntaxError", line: 2, column: 1, message: "'return' outside function"),
        Case(source: "break\n", type: "SyntaxError", line: 1, column: 1, message: "'break' outside loop"),
        Case(source: "continue\n", type: "SyntaxError", line: 1, column: 1, message: "'continue' not properly in loop"),
        Case(source: "yield 1\n", type: "SyntaxError", line: 1, column: 1, message: "'yield' outside function"),
        Case(source: "def f():\n  break\n", type: "SyntaxError", line: 2, column: 3, message: "'break' outside loop"),
        Case(source: "for x in y:\n  def g():\n    continue\n", type: "SyntaxError", line: 3, column: 5,
             message: "'continue' not properly in loop"),
        Case(source: "class A:\n  return 2\n", type: "SyntaxError", line: 2, column: 3, message: "'return' outside function"),
        Case(source: "x = " + String(repeating: "(", count: 250) + "1" + String(repeating: ")", count: 250) + "\n",
             type: "SyntaxError", line: 1, column: 205, message: "too many nested parentheses"),
    ]

    @Test(arguments: cases)
    func syntaxErrorPosition(_ c: Case) {
        let interpreter = PyInterpreter()
        do {
            try interpreter.run(source: c.source, filename: "solution.py")
            Issue.record("expected a \(c.type)")
        } catch let error as PyError {
            #expect(error.kind == .syntaxError)
            #expect(error.typeName == c.type)
            #expect(error.message == c.message)
            #expect(error.position?.line == c.line)
            #expect(error.position?.column == c.column)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func syntaxErrorIsFormattedWithACaret() throws {
        let interpreter = PyInterpreter()
        do {
            try interpreter.run(source: "x = 1\ny = 2\nx = = 1\n", filename: "solution.py")
            Issue.record("expected a SyntaxError")
        } catch let error as PyError {
            #expect(error.description == """
                  File "solution.py", line 3
                    x = = 1
                        ^
                SyntaxError: invalid syntax
                """)
        }
    }

    @Test func matchAsAnOrdinaryNameStillWorks() throws {
        let interpreter = PyInterpreter()
        try interpreter.run(source: "match = 1\ncase = [match]\nmatch += 1\nresult = (match, case)\nimport re\nm = re.match('a', 'a')\n")
        #expect(try interpreter.repr(interpreter.global("result") ?? .none) == "(2, [1])")
    }

    @Test func unsupportedConstructsNameTheConstructAndLine() {
        let cases: [(String, String)] = [
            ("x = 1\n\n\nasync def f():\n    pass\n", "async def is not supported by the embedded engine (line 4)"),
            ("z = 3j\n", "complex numbers are not supported by the embedded engine (line 1)"),
            ("b = b'bytes'\n", "bytes literals is not supported by the embedded engine (line 1)"),
            ("x = 1\nmatch x:\n    case 1:\n        pass\n", "the 'match' statement is not supported by the embedded engine (line 2)"),
            ("def g():\n    print((yield 1))\nnext(g())\n", "'yield' inside a larger expression is not supported by the embedded engine (line 2); "
                + "write it as a statement of its own, such as `x = yield value`"),
            ("def g():\n    x = [(yield from range(2))]\nnext(g())\n",
             "'yield from' inside a larger expression is not supported by the embedded engine (line 2); "
                + "write it as a statement of its own, such as `x = yield from value`"),
        ]
        for (source, message) in cases {
            do {
                try PyInterpreter().run(source: source)
                Issue.record("expected UNSUPPORTED for \(source)")
            } catch let error as PyError {
                #expect(error.kind == .unsupported)
                #expect(error.errorClass == "UNSUPPORTED")
                #expect(error.message == message)
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }
}
