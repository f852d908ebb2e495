import Foundation
import Testing
@testable import PyLite

/// Every refusal of the sandbox, and that refusals cannot be caught by user code.
struct SandboxTests {
    static let refusals: [String] = [
        "open('/etc/passwd')",
        "exec('x = 1')",
        "eval('1 + 1')",
        "compile('1', 'f', 'eval')",
        "__import__('os')",
        "globals()",
        "locals()",
        "vars()",
        "dir()",
        "input()",
        "breakpoint()",
        "import os",
        "import sys",
        "import subprocess",
        "import socket",
        "import io",
        "import pathlib",
        "import shutil",
        "import importlib",
        "import builtins",
        "import ctypes",
        "import pickle",
        "import time",
        "import os.path",
        "from os import system",
        "from subprocess import run as r",
        "().__class__",
        "().__class__.__bases__[0].__subclasses__()",
        "(lambda: 0).__globals__",
        "(lambda: 0).__code__",
        "[].__class__.__mro__",
        "class A: pass\nA.__dict__",
        "class A: pass\nA().__dict__",
        "getattr(1, '__class__')",
        "getattr(print, '__self__')",
        "setattr(object, '__x__', 1)",
        "hasattr(1, '__class__')",
        "x = []\nx.__class__ = 1",
        "__builtins__",
        "__loader__",
        "'{0.__class__}'.format(1)",
        "import operator\noperator.attrgetter('__class__')",
        "print('x', file=None or 1)",
        "import datetime\ndatetime.datetime.now()",
        "import datetime\ndatetime.date.today()",
        "from math import __dict__",
        "getattr(1, '__' + 'class__')",
        "'{x.__class__}'.format_map({'x': 1})",
        "memoryview([1])",
        "help(print)",
        "(lambda: 0).__class__",
        // An instance's own class is reachable (it is what type() gives), but nothing past it.
        "class A: pass\nA().__class__.__bases__",
        "class A:\n    def __init__(self): pass\nA().__class__.__init__.__globals__",
        "class A: pass\nsuper(A, A()).__class__",
        "class A: pass\n'{0.__class__}'.format(A())",
        "try:\n    1 / 0\nexcept Exception as e:\n    e.__traceback__",
        "try:\n    1 / 0\nexcept Exception as e:\n    e.__class__.__subclasses__()",
        "try:\n    1 / 0\nexcept Exception as e:\n    e.__cause__.__class__.__mro__",
    ]

    @Test(arguments: refusals)
    func refusedWithSandboxError(_ source: String) {
        let wrapped = "try:\n" + source.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
            + "\nexcept BaseException:\n    print('escaped')\n"
        let interpreter = PyInterpreter(limits: Limits(wallClockSeconds: 5))
        do {
            try interpreter.run(source: wrapped, filename: "solution.py")
            Issue.record("not refused: \(source)")
        } catch let error as PyError {
            #expect(error.kind == .sandbox, "\(source): \(error.summary)")
            #expect(error.errorClass == "SANDBOX")
            #expect(error.message.contains("not allowed in the sandbox"))
            #expect(error.position != nil)
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(!interpreter.output.contains("escaped"))
    }

    @Test func sandboxErrorNamesTheLine() {
        do {
            try PyInterpreter().run(source: "x = 1\n\nimport os\n")
            Issue.record("import os was allowed")
        } catch let error as PyError {
            #expect(error.message == "importing the module 'os' is not allowed in the sandbox (line 3)")
            #expect(error.position?.line == 3)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func unknownModulesAreModuleNotFound() {
        do {
            try PyInterpreter().run(source: "import numpy as np\n")
            Issue.record("import numpy succeeded")
        } catch let error as PyError {
            #expect(error.kind == .exception)
            #expect(error.summary == "ModuleNotFoundError: No module named 'numpy'")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    /// Frames and code objects are not there at all: no escape through a generator or a function.
    @Test(arguments: ["def g():\n    yield 1\ng().gi_frame", "def g():\n    yield 1\ng().gi_code", "(lambda: 0).func_globals"])
    func interpreterInternalsDoNotExist(_ source: String) {
        do {
            try PyInterpreter().run(source: source)
            Issue.record("reached: \(source)")
        } catch let error as PyError {
            #expect(error.typeName == "AttributeError", "\(source): \(error.summary)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func allowedIntrospectionStillWorks() throws {
        let interpreter = PyInterpreter()
        try interpreter.run(source: """
            def f(): pass
            class A:
                def __init__(self):
                    self.v = 1
                def __repr__(self):
                    return "A()"
            class B(A):
                def __init__(self):
                    super().__init__()
                    A.__init__(self)
            try:
                raise KeyError("k") from ValueError("v")
            except KeyError as e:
                chained = [e.__class__.__name__, repr(e.__cause__), e.__suppress_context__, B().__class__ is B]
            names = [f.__name__, A.__name__, type(B()).__name__, repr(B()), getattr(B(), "v"), hasattr(B(), "w")] + chained
            """)
        #expect(try interpreter.repr(interpreter.global("names") ?? .none)
            == "['f', 'A', 'B', 'A()', 1, False, 'KeyError', \"ValueError('v')\", True, True]")
    }
}

/// Budgets: steps, recursion, sizes and the wall clock end a run cleanly and quickly.
struct LimitErrorTests {
    func run(_ source: String, _ limits: Limits) -> (PyError?, TimeInterval) {
        let start = Date()
        do {
            try PyInterpreter(limits: limits).run(source: source)
            return (nil, Date().timeIntervalSince(start))
        } catch let error as PyError {
            return (error, Date().timeIntervalSince(start))
        } catch {
            return (PyError(kind: .hostError, typeName: "unexpected", message: "\(error)"), Date().timeIntervalSince(start))
        }
    }

    @Test func stepBudget() {
        let (error, _) = run("total = 0\nfor i in range(10**9):\n    total += i\n", Limits(maxSteps: 10_000))
        #expect(error?.kind == .timeLimit)
        #expect(error?.errorClass == "TIME_LIMIT")
        #expect(error?.position?.line == 3)
    }

    @Test(arguments: ["while True:\n    pass\n", "x = 0\nwhile True:\n    x += 1\n", "sum(x for x in iter(int, 1))\n",
                      "import itertools\nfor _ in itertools.count():\n    pass\n",
                      "import re\nre.match(r'(a+)+$', 'a' * 40 + 'b')\n",
                      "while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n",
                      "try:\n    while True:\n        pass\nfinally:\n    while True:\n        pass\n",
                      // The limit fires again while the uncaught exception's message is being made: it is not swallowed.
                      "class E(Exception):\n    def __str__(self):\n        while True:\n            pass\nraise E()\n"])
    func wallClock(_ source: String) {
        let (error, elapsed) = run(source, Limits(maxSteps: Int.max, wallClockSeconds: 0.5))
        #expect(error?.kind == .timeLimit, "\(error?.summary ?? "no error")")
        #expect(elapsed < 5)
    }

    @Test func recursionIsAPythonRecursionError() {
        let (error, _) = run("def f(n):\n    return f(n + 1)\nf(0)\n", Limits(maxRecursionDepth: 100))
        #expect(error?.summary == "RecursionError: maximum recursion depth exceeded")
        let (caught, _) = run("""
            def f(n):
                return f(n + 1)
            try:
                f(0)
            except RecursionError:
                print("caught")
            raise ValueError("after")
            """, Limits(maxRecursionDepth: 100))
        #expect(caught?.summary == "ValueError: after")
    }

    @Test func deepRecursionWithAHugeLimitDoesNotCrash() {
        let (error, _) = run("def f(n):\n    return f(n + 1) + 1\nf(0)\n", Limits(maxRecursionDepth: 10_000_000, wallClockSeconds: 20))
        #expect(error?.typeName == "RecursionError" || error?.kind == .timeLimit)
    }

    @Test(arguments: [
        "'x' * 10**10", "[0] * 10**9", "list(range(10**9))", "' ' * (2**62)", "'a'.ljust(10**12)",
        "f'{1:>10000000000}'", "(1,) * 10**10", "'%10000000000d' % 1", "'ab'.center(10**11)", "'-'.join(['x'] * 10**8)",
        "x = 'a'\nwhile True:\n    x = x + x", "d = {}\nfor i in range(10**9):\n    d[i] = i", "s = set(range(10**9))",
        "x = []\nwhile True:\n    x.append(1)", "'0'.zfill(10**10)", "[[0] * 10**5 for _ in range(10**5)]",
        "import json\njson.dumps([1], indent=10**10)", "import json\njson.dumps([[[1]]], indent=' ' * 90000)",
        "def g():\n    while True:\n        yield 1\nlist(g())",
        "def g():\n    n = 0\n    while True:\n        yield [n] * 1000\n        n += 1\nkept = []\nfor chunk in g():\n    kept.append(chunk)",
    ])
    func sizeCaps(_ source: String) {
        // The memory cap, not the wall clock, must end these: the error kind says which budget fired.
        let (error, _) = run(source, Limits(maxSteps: Int.max, maxCollectionLength: 100_000, wallClockSeconds: 30, maxMemoryGrowthBytes: 128 << 20))
        #expect(error?.kind == .memoryLimit, "\(source): \(error?.summary ?? "no error")")
        #expect(error?.errorClass == "MEMORY_LIMIT")
    }

    @Test func aRunawayGeneratorUsesUpTheStepBudget() {
        let (error, _) = run("def g():\n    n = 0\n    while True:\n        yield n\n        n += 1\nprint(sum(g()))\n",
                             Limits(maxSteps: 200_000))
        #expect(error?.kind == .timeLimit, "\(error?.summary ?? "no error")")
        #expect(error?.message.contains("interpreter steps") == true)
    }

    @Test func aRunawayGeneratorStopsAtTheWallClock() {
        let (error, elapsed) = run("def g():\n    while True:\n        yield 1\nfor x in g():\n    pass\n",
                                   Limits(maxSteps: Int.max, wallClockSeconds: 1))
        #expect(error?.kind == .timeLimit, "\(error?.summary ?? "no error")")
        #expect(elapsed < 10)
    }

    @Test(arguments: [
        "def g(n):\n    yield from g(n + 1)\nnext(g(0))",
        "def g(n):\n    for x in g(n + 1):\n        yield x\nlist(g(0))",
        "def g(n):\n    yield n\n    yield from g(n + 1)\nfor x in g(0):\n    pass",
    ])
    func recursiveGeneratorsHitTheRecursionLimit(_ source: String) {
        let (error, _) = run(source, Limits(wallClockSeconds: 20))
        #expect(error?.typeName == "RecursionError", "\(source): \(error?.summary ?? "no error")")
    }

    @Test func abandonedGeneratorsAreFreed() throws {
        // A generator suspended inside a loop, a try and a with is freed, frame and all, once nothing refers to it.
        let source = """
            class Manager:
                def __enter__(self):
                    return self
                def __exit__(self, *exc):
                    return False
            def g():
                data = [0] * 2000
                with Manager():
                    try:
                        for x in data:
                            yield x
                    finally:
                        pass
            it = g()
            next(it)
            def drop():
                global it
                it = None
            """
        let interpreter = PyInterpreter()
        try interpreter.run(source: source)
        weak var frame: Frame?
        weak var generator: PyGenerator?
        if case .iterator(let iterator)? = interpreter.global("it") {
            frame = iterator.generator?.frame
            generator = iterator.generator
        }
        #expect(frame != nil && generator != nil)
        _ = try interpreter.call(try #require(interpreter.global("drop")), positional: [])
        #expect(frame == nil)
        #expect(generator == nil)
    }

    @Test func printedOutputIsCapped() {
        let (error, _) = run("while True:\n    print('x' * 1000)\n", Limits(maxSteps: Int.max, maxCollectionLength: 100_000))
        #expect(error?.kind == .memoryLimit)
    }

    @Test func limitErrorsCannotBeCaught() {
        let (error, _) = run("""
            try:
                while True:
                    pass
            except BaseException:
                print("swallowed")
            while True:
                pass
            """, Limits(maxSteps: 5_000))
        #expect(error?.kind == .timeLimit)
    }

    @Test func runsOnASmallStackThread() throws {
        final class Box: @unchecked Sendable { var summary = "not run" }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let interpreter = PyInterpreter(limits: Limits(maxRecursionDepth: 180))
            do {
                try interpreter.run(source: """
                    def depth(n):
                        return 0 if n == 0 else 1 + depth(n - 1)
                    result = depth(170)
                    nested = eval_me = [[[[[[1]]]]]]
                    """)
                box.summary = (try? interpreter.repr(interpreter.global("result") ?? .none)) ?? "?"
            } catch {
                box.summary = "\(error)"
            }
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        #expect(box.summary == "170")
    }
}

/// Releasing deeply nested structures must not overflow a small host stack.
struct TeardownTests {
    @Test func deeplyNestedGlobalsAreReleasedSafelyFromASmallStack() {
        final class Box: @unchecked Sendable { var finished = false }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            do {
                let interpreter = PyInterpreter(limits: Limits(wallClockSeconds: 30))
                try interpreter.run(source: """
                    a = []
                    for i in range(200000):
                        a = [a]
                    t = ()
                    for i in range(200000):
                        t = (t,)
                    """)
            } catch {}
            box.finished = true
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        #expect(box.finished)
    }
}

extension TeardownTests {
    @Test func deeplyNestedValuesFailWithRecursionErrorNotACrash() {
        let interpreter = PyInterpreter(limits: Limits(wallClockSeconds: 60))
        do {
            try interpreter.run(source: """
                t = ()
                for i in range(300000):
                    t = (t,)
                results = []
                for probe in (lambda: repr(t), lambda: t == (t,), lambda: t < (t,), lambda: hash(t), lambda: {t: 1}):
                    try:
                        probe()
                        results.append("ok")
                    except (RecursionError, TypeError):
                        results.append("refused")
                """)
            let results = (try? interpreter.repr(interpreter.global("results") ?? .none)) ?? ""
            #expect(results.contains("refused"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

extension TeardownTests {
    /// Interpreters (and their large-stack worker threads) are freed when the host lets go of them.
    @Test func interpretersAreReleased() throws {
        weak var weakInterpreter: PyInterpreter?
        do {
            let interpreter = PyInterpreter(modules: makeFakeRegistry())
            weakInterpreter = interpreter
            try interpreter.run(source: """
                import math, functools, itertools, operator, re, collections, datetime, json, heapq, bisect, copy
                import dataclasses, statistics, string, typing
                from fakespark.sql import functions as F
                @functools.lru_cache(maxsize=None)
                def f(n):
                    return n
                class A:
                    def m(self):
                        return lambda: self
                a = A()
                loop = a.m()
                counts = collections.Counter("abc")
                dq = collections.deque([1])
                when = datetime.date(2024, 1, 1) + datetime.timedelta(days=1)
                keys = {"a": 1}.keys()
                gen = (x for x in range(3))
                col = F.col("x") + 1
                try:
                    1 / 0
                except ZeroDivisionError as e:
                    saved = e
                f(3)
                """)
            _ = try interpreter.call(try #require(interpreter.global("f")), positional: [4])
        }
        #expect(weakInterpreter == nil)
    }
}
