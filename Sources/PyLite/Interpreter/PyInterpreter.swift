import Foundation

/// A sandboxed Python interpreter.
///
/// ```swift
/// let interpreter = PyInterpreter(limits: .default, modules: registry)
/// let module = try interpreter.run(source: text, filename: "solution.py")
/// let solve = try #require(interpreter.global("solve"))
/// let names = interpreter.parameterNames(of: solve)          // ["users"]
/// let result = try interpreter.call(solve, positional: [.host(usersFrame)])
/// print(interpreter.takeOutput())                            // what the program printed
/// ```
///
/// Threading: the interpreter is single-threaded. The host must not call it from two threads at the same time.
/// Python code runs on an internal thread with a large stack; `run` and `call` block until it finishes, and calls
/// made from host code that is itself running inside Python (a native function calling back) run inline.
///
/// Budgets: `run` starts the budget (steps and wall clock from `Limits`); everything executed afterwards,
/// including `call`, draws on it until `resetBudget()` starts a new one.
///
/// Errors: `run` and `call` throw `PyError`.
public final class PyInterpreter {
    public let limits: Limits
    public let modules: PyModuleRegistry

    let executor = LargeStackExecutor()
    var outputBuffer = ""
    var steps = 0
    var deadlineNanoseconds: UInt64 = 0
    var callDepth = 0
    /// Levels of nested values being compared or printed (see `withNestingLevel`).
    var nestingDepth = 0
    /// Number of entries (run/call) currently active; nested host callbacks run inline when > 0.
    var activeEntries = 0
    var builtins: [String: PyValue] = [:]
    let types: BuiltinTypes
    var mainModule: PyModule?
    var sourceLines: [Substring] = []
    var filename = "solution.py"
    /// The line of the call expression evaluated last (see `callLine`).
    var lastCallLine = 0
    var builtinModuleCache: [String: PyModule] = [:]
    /// The `decimal` module's context (`getcontext().prec`), shared by every Decimal operation.
    var decimalContext = DecimalContext()
    /// The exception being handled by the innermost `except` block (for bare `raise` and `__context__`).
    var handledExceptions: [PyInstance] = []
    /// Containers whose repr is being computed (to print `[...]` for self-references).
    var reprInProgress: Set<ObjectIdentifier> = []
    /// Resident memory when the budget started, and element slots allocated since memory was last checked.
    var memoryBaseline = 0
    var allocatedSinceCheck = 0
    /// The value of `NotImplemented`, which user `__eq__`/`__add__` methods may return.
    let notImplementedSentinel = PyNativeFunction(name: "NotImplemented") { _ in
        throw PyException.typeError("'NotImplementedType' object is not callable")
    }

    public init(limits: Limits = .default, modules: PyModuleRegistry = PyModuleRegistry()) {
        self.limits = limits
        self.modules = modules
        types = BuiltinTypes()
        installBuiltins()
        resetBudget()
    }

    /// Releases the program's globals on a large-stack thread: releasing a deeply nested structure (a list
    /// nested a million times) recurses natively and would overflow a small host stack.
    deinit {
        final class Doomed: @unchecked Sendable {
            var module: PyModule?
            var caches: [String: PyModule]
            init(_ module: PyModule?, _ caches: [String: PyModule]) {
                self.module = module
                self.caches = caches
            }
        }
        let doomed = Doomed(mainModule, builtinModuleCache)
        mainModule = nil
        builtinModuleCache = [:]
        _ = try? executor.run {
            doomed.module?.namespace.removeAll()
            doomed.module = nil
            doomed.caches.removeAll()
        }
    }

    // MARK: Running code

    /// Parses and runs a module. Its `__name__` is `moduleName` (never `"__main__"` unless asked), so an
    /// `if __name__ == "__main__":` block does not run. Returns the module; its attributes are the globals.
    @discardableResult
    public func run(source: String, filename: String = "solution.py", moduleName: String = "solution") throws -> PyModule {
        try enter {
            self.resetBudget()
            self.filename = filename
            self.sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
            let body = try Parser.parseModule(source, filename: filename)
            let module = PyModule(name: moduleName)
            module.namespace["__name__"] = .str(moduleName)
            module.namespace["__doc__"] = PyValue.none
            if let first = body.first, case .expression(let e) = first.kind, case .constant(.str(let doc)) = e.kind {
                module.namespace["__doc__"] = .str(doc)
            }
            self.mainModule = module
            let frame = Frame(
                kind: .module, localNames: [], parent: nil, globals: module, functionName: "<module>",
                position: SourcePosition(line: 1, column: 1))
            do {
                _ = try self.execBlock(body, frame)
            } catch {
                throw self.propagate(error, from: frame)
            }
            return module
        }
    }

    /// The interpreter running Python code on the calling thread, if any.
    public static var current: PyInterpreter? {
        guard let raw = pthread_getspecific(LargeStackExecutor.currentInterpreterKey) else { return nil }
        return Unmanaged<PyInterpreter>.fromOpaque(raw).takeUnretainedValue()
    }

    /// A global variable of the last module run (`solve`), or nil.
    public func global(_ name: String) -> PyValue? { mainModule?.namespace[name] }

    /// The parameter names of a Python function, bound method (without the receiver) or lambda; nil for other
    /// values. `*args`/`**kwargs` appear without stars.
    public func parameterNames(of callable: PyValue) -> [String]? {
        switch callable {
        case .function(let f): return f.parameterNames
        case .boundMethod(let m):
            guard case .function(let f) = m.function else { return nil }
            return Array(f.parameterNames.dropFirst())
        default: return nil
        }
    }

    /// Calls any Python callable: a function, lambda, class, bound method, builtin or host callable.
    /// Runs under the current budget. Throws `PyError` (when called from host code running inside Python,
    /// Python exceptions propagate as they are, so the calling Python code can catch them).
    public func call(
        _ callable: PyValue, positional: [PyValue] = [], keyword: [(name: String, value: PyValue)] = []
    ) throws -> PyValue {
        if activeEntries > 0 && LargeStackExecutor.onLargeStack {
            return try callValue(callable, positional, keyword)
        }
        return try enter(inlineThreshold: 4 << 20) {
            let frame = Frame(
                kind: .module, localNames: [], parent: nil, globals: self.mainModule ?? PyModule(name: "host"),
                functionName: "<host>", position: SourcePosition(line: 0, column: 0))
            do {
                return try self.callValue(callable, positional, keyword)
            } catch {
                throw self.propagate(error, from: frame, addFrame: false)
            }
        }
    }

    /// Everything printed so far.
    public var output: String { outputBuffer }

    /// Returns and clears the captured output.
    public func takeOutput() -> String {
        defer { outputBuffer = "" }
        return outputBuffer
    }

    /// Starts a fresh budget: steps from zero, the wall clock from now.
    public func resetBudget() {
        steps = 0
        memoryBaseline = MemoryProbe.residentBytes() ?? 0
        allocatedSinceCheck = 0
        let nanos = limits.wallClockSeconds.isFinite ? max(0, limits.wallClockSeconds) * 1e9 : 1e18
        deadlineNanoseconds = DispatchTime.now().uptimeNanoseconds &+ UInt64(min(nanos, 1e18))
    }

    /// Throws `TIME_LIMIT` when the wall-clock budget is spent. Host code doing long work for Python may call it.
    public func checkDeadline() throws {
        if DispatchTime.now().uptimeNanoseconds > deadlineNanoseconds {
            throw PyError.timeLimit(
                "the program ran longer than the time limit of \(Self.formatSeconds(limits.wallClockSeconds)) seconds")
        }
    }

    /// Throws `MEMORY_LIMIT` when the process grew by more than the budget since the run started.
    public func checkMemory() throws {
        allocatedSinceCheck = 0
        guard let resident = MemoryProbe.residentBytes() else { return }
        if resident - memoryBaseline > limits.maxMemoryGrowthBytes {
            throw PyError.memoryLimit(
                "the program used more than \(limits.maxMemoryGrowthBytes / (1 << 20)) MiB of memory")
        }
    }

    /// Counts element slots a program allocates; checks real memory every few million.
    @inline(__always)
    func noteAllocation(_ elements: Int) throws {
        allocatedSinceCheck &+= elements
        if allocatedSinceCheck > 4_000_000 { try checkMemory() }
    }

    static func formatSeconds(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }

    // MARK: Helpers for host code (call them from inside native functions, on the interpreter's thread)

    /// `repr(value)` as Python computes it.
    public func repr(_ value: PyValue) throws -> String { try reprValue(value) }

    /// `str(value)` as Python computes it.
    public func str(_ value: PyValue) throws -> String { try strValue(value) }

    /// `bool(value)` as Python computes it (may call host truthiness, which may throw).
    public func truth(_ value: PyValue) throws -> Bool { try isTruthy(value) }

    /// The elements of any iterable (list, tuple, generator, host iterable, ...). Iterating may run Python code
    /// (a generator's body), so outside a running program it runs under the interpreter's entry, as `call` does.
    public func elements(of value: PyValue) throws -> [PyValue] {
        if activeEntries > 0 && LargeStackExecutor.onLargeStack { return try collect(value) }
        return try enter(inlineThreshold: 4 << 20) { try self.collect(value) }
    }

    /// The Python type name of a value (`int`, `list`, `DataFrame`).
    public func typeName(of value: PyValue) -> String { typeOf(value).name }

    /// A builtin class by name (`Exception`, `ValueError`, `int`), e.g. as the base of a host exception class.
    public func builtinClass(named name: String) -> PyClass? {
        if case .classObject(let cls)? = builtins[name] { return cls }
        return nil
    }

    // MARK: Entry and errors

    func enter<T>(inlineThreshold: Int? = nil, _ body: @escaping () throws -> T) throws -> T {
        do {
            return try executor.run(inlineThreshold: inlineThreshold) {
                self.activeEntries += 1
                let previous = pthread_getspecific(LargeStackExecutor.currentInterpreterKey)
                pthread_setspecific(LargeStackExecutor.currentInterpreterKey, Unmanaged.passUnretained(self).toOpaque())
                defer {
                    self.activeEntries -= 1
                    pthread_setspecific(LargeStackExecutor.currentInterpreterKey, previous)
                }
                return try body()
            }
        } catch let error as PyError {
            throw error
        } catch {
            throw PyError(kind: .hostError, typeName: String(describing: type(of: error)), message: "\(error)", hostError: error)
        }
    }

    /// Converts any error leaving the outermost frame into a `PyError`.
    func propagate(_ error: Error, from frame: Frame, addFrame: Bool = true) -> PyError {
        let normalized = normalize(error, frame: frame, addFrame: addFrame)
        switch normalized {
        case let raised as PyRaised: return makeError(raised)
        case var pyError as PyError:
            pyError.filename = filename
            if let line = pyError.position?.line { pyError.sourceLine = sourceLine(line) }
            return pyError
        default:
            return PyError(kind: .hostError, typeName: "\(type(of: error))", message: "\(error)", filename: filename,
                           position: frame.position, hostError: error)
        }
    }

    func sourceLine(_ line: Int) -> String? {
        guard line >= 1, line <= sourceLines.count else { return nil }
        let text = sourceLines[line - 1]
        return String(text.hasSuffix("\r") ? text.dropLast() : text)
    }

    func makeError(_ raised: PyRaised) -> PyError {
        let instance = raised.exception
        let traceback = Array(instance.traceback.reversed())
        let position = instance.position
        if let hostError = instance.hostError, instance.cls === types.hostErrorClass {
            return PyError(
                kind: .hostError, typeName: String(describing: type(of: hostError)), message: "\(hostError)",
                filename: filename, position: position, sourceLine: position.flatMap { sourceLine($0.line) },
                traceback: traceback, hostError: hostError)
        }
        let message: String
        do {
            message = try exceptionMessage(instance)
        } catch var limit as PyError where limit.isUncatchable {
            // A `__str__` that loops or recurses ends the run with its limit, not a silently shortened report.
            limit.filename = filename
            if let line = limit.position?.line { limit.sourceLine = sourceLine(line) }
            return limit
        } catch {
            message = "<exception str() failed>"
        }
        var error = PyError(
            kind: .exception, typeName: instance.cls.name, message: message, filename: filename, position: position,
            sourceLine: position.flatMap { sourceLine($0.line) }, traceback: traceback, hostError: instance.hostError)
        error.raised = raised
        return error
    }
}
