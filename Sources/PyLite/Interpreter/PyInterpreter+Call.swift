/// Calling functions, classes and methods; defining functions and classes.
extension PyInterpreter {
    func callValue(_ callee: PyValue, _ positional: [PyValue], _ keyword: [(name: String, value: PyValue)]) throws -> PyValue {
        switch callee {
        case .function(let function):
            return try callFunction(function, positional, keyword)
        case .native(let native):
            return try callNative(native, positional, keyword)
        case .boundMethod(let method):
            return try callValue(method.function, [method.receiver] + positional, keyword)
        case .classObject(let cls):
            return try instantiate(cls, positional, keyword)
        case .instance(let instance):
            if let call = instance.cls.lookup("__call__") {
                return try callValue(call, [callee] + positional, keyword)
            }
        case .host(let object):
            if object.pyIsCallable {
                return try object.pyCall(PyArguments(positional: positional, keyword: keyword, interpreter: self))
            }
        default:
            break
        }
        throw PyException.typeError("'\(typeOf(callee).name)' object is not callable")
    }

    @inline(__always)
    func callNative(_ native: PyNativeFunction, _ positional: [PyValue], _ keyword: [(name: String, value: PyValue)]) throws -> PyValue {
        try native.body(PyArguments(positional: positional, keyword: keyword, interpreter: self))
    }

    func callFunction(_ function: PyFunction, _ positional: [PyValue], _ keyword: [(name: String, value: PyValue)]) throws -> PyValue {
        callDepth += 1
        defer { callDepth -= 1 }
        if callDepth > limits.maxRecursionDepth || LargeStackExecutor.stackIsLow() {
            throw PyException(.recursionError, "maximum recursion depth exceeded")
        }
        let decl = function.decl
        let frame = Frame(
            kind: .function, localNames: decl.localNames, globalNames: decl.globalNames,
            nonlocalNames: decl.nonlocalNames, parent: function.closure, globals: function.globals,
            functionName: function.name, position: decl.position, function: function)
        try tick(frame)
        try bindParameters(function, frame, positional, keyword)
        if decl.isGenerator { return makeGenerator(function, frame) }
        do {
            let result = try execBlock(decl.body, frame)
            if case .returned(let value) = result { return value }
            return PyValue.none
        } catch {
            throw normalize(error, frame: frame, addFrame: true)
        }
    }

    private func bindParameters(
        _ function: PyFunction, _ frame: Frame, _ positional: [PyValue], _ keyword: [(name: String, value: PyValue)]
    ) throws {
        let parameters = function.decl.parameters
        var positionalCount = 0
        var varPositional: String?
        var varKeyword: String?
        for parameter in parameters {
            switch parameter.kind {
            case .positional: positionalCount += 1
            case .varPositional: varPositional = parameter.name
            case .varKeyword: varKeyword = parameter.name
            case .keywordOnly: break
            }
        }
        let name = function.qualifiedName
        if positional.count > positionalCount && varPositional == nil {
            let withDefaults = parameters.prefix(positionalCount).filter { $0.defaultValue != nil }.count
            let takes = withDefaults == 0
                ? "\(positionalCount)" : "from \(positionalCount - withDefaults) to \(positionalCount)"
            let noun = positionalCount == 1 && withDefaults == 0 ? "argument" : "arguments"
            let was = positional.count == 1 ? "was" : "were"
            throw PyException.typeError("\(name)() takes \(takes) positional \(noun) but \(positional.count) \(was) given")
        }
        var index = 0
        for parameter in parameters where parameter.kind == .positional {
            guard index < positional.count else { break }
            frame.locals[parameter.name] = positional[index]
            index += 1
        }
        if let varPositional {
            frame.locals[varPositional] = .tuple(positional.count > positionalCount ? Array(positional[positionalCount...]) : [])
        }
        var extraKeywords: PyDict?
        if let varKeyword {
            let dict = PyDict()
            extraKeywords = dict
            frame.locals[varKeyword] = .dict(dict)
        }
        for (key, value) in keyword {
            if let parameter = parameters.first(where: { $0.name == key }),
                parameter.kind == .positional || parameter.kind == .keywordOnly
            {
                if frame.locals[key] != nil {
                    throw PyException.typeError("\(name)() got multiple values for argument '\(key)'")
                }
                frame.locals[key] = value
            } else if let extraKeywords {
                extraKeywords.set(key, value)
            } else {
                throw PyException.typeError("\(name)() got an unexpected keyword argument '\(key)'")
            }
        }
        var missingPositional: [String] = []
        var missingKeyword: [String] = []
        for parameter in parameters where parameter.kind == .positional || parameter.kind == .keywordOnly {
            if frame.locals[parameter.name] != nil { continue }
            if let value = function.defaults[parameter.name] {
                frame.locals[parameter.name] = value
            } else if parameter.kind == .positional {
                missingPositional.append(parameter.name)
            } else {
                missingKeyword.append(parameter.name)
            }
        }
        if !missingPositional.isEmpty {
            throw PyException.typeError(PyBoundArguments.missingMessage(name, missingPositional, "positional"))
        }
        if !missingKeyword.isEmpty {
            throw PyException.typeError(PyBoundArguments.missingMessage(name, missingKeyword, "keyword-only"))
        }
    }

    /// `obj.name(args)` without building a bound method when possible.
    func callMethod(_ object: PyValue, _ name: String, _ positional: [PyValue], _ keyword: [(name: String, value: PyValue)]) throws -> PyValue {
        switch object {
        case .str, .list, .dict, .set, .frozenset, .tuple, .int, .float, .bool:
            if let result = try callBuiltinMethod(object, name, PyArguments(positional: positional, keyword: keyword, interpreter: self)) {
                return result
            }
            throw attributeError(object, name)
        case .instance(let instance):
            if instance.attributes[name] == nil, let attribute = instance.cls.lookup(name), case .function(let f) = attribute {
                return try callFunction(f, [object] + positional, keyword)
            }
        default:
            break
        }
        return try callValue(try getAttribute(object, name), positional, keyword)
    }

    // MARK: Definitions

    func makeFunction(_ decl: FunctionDecl, _ frame: Frame) throws -> PyFunction {
        var defaults: [String: PyValue] = [:]
        for parameter in decl.parameters {
            if let defaultExpr = parameter.defaultValue { defaults[parameter.name] = try eval(defaultExpr, frame) }
        }
        // Annotations are evaluated when the function is defined, as CPython does (unless postponed by
        // `from __future__ import annotations`).
        if !frame.globals.postponedAnnotations {
            for parameter in decl.parameters {
                if let annotation = parameter.annotation { _ = try eval(annotation, frame) }
            }
            if let returns = decl.returnAnnotation { _ = try eval(returns, frame) }
        }
        let closure: Frame?
        switch frame.kind {
        case .module: closure = nil
        case .classBody: closure = frame.parent
        case .function, .comprehension: closure = frame
        }
        var qualifiedName = decl.name
        if frame.kind == .classBody { qualifiedName = frame.functionName + "." + decl.name }
        else if frame.kind == .function { qualifiedName = frame.functionName + ".<locals>." + decl.name }
        return PyFunction(decl: decl, globals: frame.globals, closure: closure, defaults: defaults, qualifiedName: qualifiedName)
    }

    func makeClass(_ name: String, _ baseArguments: [CallArgument], _ body: [Stmt], _ statement: Stmt, _ frame: Frame) throws -> PyValue {
        let (baseValues, keywords) = try evalArguments(baseArguments, frame)
        frame.position = statement.position
        if let keyword = keywords.first {
            throw PyError.unsupported(
                "class keyword '\(keyword.name)' is not supported by the embedded engine (line \(statement.position.line))")
        }
        var bases: [PyClass] = []
        for base in baseValues {
            guard case .classObject(let cls) = base else {
                throw PyException.typeError("bases must be types")
            }
            if let kind = cls.builtinKind, kind != .object, kind != .exception {
                throw PyError.unsupported(
                    "subclassing the builtin type '\(cls.name)' is not supported by the embedded engine (line \(statement.position.line))")
            }
            if cls.builtinKind == nil && cls.constructor != nil {
                throw PyError.unsupported(
                    "subclassing '\(cls.name)' is not supported by the embedded engine (line \(statement.position.line))")
            }
            bases.append(cls)
        }
        let classFrame = Frame(
            kind: .classBody, localNames: [], parent: frame.kind == .module ? nil : (frame.kind == .classBody ? frame.parent : frame),
            globals: frame.globals, functionName: frame.kind == .classBody ? frame.functionName + "." + name : name,
            position: statement.position)
        classFrame.locals["__module__"] = .str(frame.globals.name)
        classFrame.locals["__qualname__"] = .str(name)
        do {
            _ = try execBlock(body, classFrame)
        } catch {
            throw normalize(error, frame: classFrame, addFrame: true)
        }
        let cls = PyClass(name: name, bases: bases.isEmpty ? [types.object] : bases, moduleName: "__main__")
        cls.isUserDefined = true
        cls.attributes = classFrame.locals
        for value in cls.attributes.values {
            switch value {
            case .function(let f): f.definingClass = cls
            case .instance(let wrapper) where !wrapper.payload.isEmpty:
                for inner in wrapper.payload { if case .function(let f) = inner { f.definingClass = cls } }
            default: break
            }
        }
        return .classObject(cls)
    }

    func instantiate(_ cls: PyClass, _ positional: [PyValue], _ keyword: [(name: String, value: PyValue)]) throws -> PyValue {
        if let constructor = cls.constructor {
            return try constructor(PyArguments(positional: positional, keyword: keyword, interpreter: self))
        }
        let instance = PyInstance(cls: cls)
        let isException = cls.isSubclass(of: types.baseException)
        if isException { instance.arguments = positional }
        if let initializer = cls.lookup("__init__") {
            let result = try callValue(initializer, [.instance(instance)] + positional, keyword)
            if !result.isNone { throw PyException.typeError("__init__() should return None, not '\(typeOf(result).name)'") }
        } else if !isException && (!positional.isEmpty || !keyword.isEmpty) {
            throw PyException.typeError("\(cls.name)() takes no arguments")
        } else if isException && !keyword.isEmpty {
            throw PyException.typeError("\(cls.name)() takes no keyword arguments")
        }
        return .instance(instance)
    }

    /// `super()` inside a method: the defining class and the first argument of the current function.
    func zeroArgumentSuper(_ frame: Frame) throws -> PyValue {
        var scope: Frame? = frame
        while let f = scope, f.kind == .comprehension { scope = f.parent }
        guard let function = scope?.function, let cls = function.definingClass,
            let firstName = function.decl.parameters.first?.name, let receiver = scope?.locals[firstName]
        else {
            throw PyException(.runtimeError, "super(): no arguments")
        }
        return makeSuper(cls, receiver)
    }

    /// `super(Class, obj)` (the older spelling, common in code written for Python 2) and `super(Class, Subclass)`.
    func explicitSuper(_ args: PyArguments) throws -> PyValue {
        if !args.keyword.isEmpty { throw PyException.typeError("super() takes no keyword arguments") }
        switch args.positional.count {
        case 0: throw PyException(.runtimeError, "super(): no arguments")
        case 2: break
        case 1: throw PyError.unsupported("super() with one argument is not supported by the embedded engine")
        default: throw PyException.typeError("super() takes at most 2 arguments (\(args.positional.count) given)")
        }
        guard case .classObject(let cls) = args.positional[0] else {
            throw PyException.typeError("super() argument 1 must be a type, not \(typeOf(args.positional[0]).name)")
        }
        let receiver = args.positional[1]
        let receiverClass: PyClass
        if case .classObject(let klass) = receiver { receiverClass = klass } else { receiverClass = typeOf(receiver) }
        guard receiverClass.isSubclass(of: cls) else {
            throw PyException.typeError("super(type, obj): obj must be an instance or subtype of type")
        }
        return makeSuper(cls, receiver)
    }

    func makeSuper(_ cls: PyClass, _ receiver: PyValue) -> PyValue {
        let proxy = PyInstance(cls: types.superType)
        proxy.payload = [.classObject(cls), receiver]
        return .instance(proxy)
    }

    // MARK: Errors

    /// Gives an error leaving `frame` its Python form: Python exceptions become exception objects with the
    /// position of the innermost expression; host Swift errors are wrapped (and stay available unchanged).
    func normalize(_ error: Error, frame: Frame, addFrame: Bool) -> Error {
        let entry = PyTracebackEntry(function: frame.functionName, line: frame.position.line)
        switch error {
        case let raised as PyRaised:
            if raised.exception.position == nil { raised.exception.position = frame.position }
            if addFrame { raised.exception.traceback.append(entry) }
            return raised
        case let exception as PyException:
            let instance = makeExceptionInstance(exception)
            instance.position = frame.position
            if addFrame { instance.traceback = [entry] }
            if let active = handledExceptions.last { instance.context = .instance(active) }
            return PyRaised(exception: instance)
        case var pyError as PyError:
            if pyError.isUncatchable {
                if pyError.position == nil { pyError.position = frame.position }
                if addFrame { pyError.traceback.insert(entry, at: 0) }
                return pyError
            }
            if let raised = pyError.raised { return normalize(raised, frame: frame, addFrame: addFrame) }
            let instance: PyInstance
            if pyError.kind == .hostError {
                instance = PyInstance(cls: types.hostErrorClass)
                instance.arguments = [.str(pyError.message)]
                instance.hostError = pyError.hostError ?? pyError
            } else {
                instance = PyInstance(cls: types.exceptionClass(pyError.typeName))
                instance.arguments = [.str(pyError.message)]
            }
            instance.position = pyError.position ?? frame.position
            if addFrame { instance.traceback = [entry] }
            return PyRaised(exception: instance)
        default:
            let instance = PyInstance(cls: types.hostErrorClass)
            instance.arguments = [.str("\(error)")]
            instance.hostError = error
            instance.position = frame.position
            if addFrame { instance.traceback = [entry] }
            return PyRaised(exception: instance)
        }
    }

    func makeExceptionInstance(_ exception: PyException) -> PyInstance {
        let cls = exception.exceptionClass ?? types.exceptionClass(exception.typeName.rawValue)
        let instance = PyInstance(cls: cls)
        instance.arguments = exception.arguments
        instance.hostError = exception.underlying
        return instance
    }

    /// `str(exception)`.
    func exceptionMessage(_ instance: PyInstance) throws -> String {
        if let str = instance.cls.lookup("__str__"), case .function = str {
            return try strValue(try callValue(str, [.instance(instance)], []))
        }
        let arguments = instance.arguments
        if instance.cls.isSubclass(of: types.exceptionClass("KeyError")), arguments.count == 1 {
            return try reprValue(arguments[0])
        }
        switch arguments.count {
        case 0: return ""
        case 1: return try strValue(arguments[0])
        default: return try reprValue(.tuple(arguments))
        }
    }

    func sandboxError(_ what: String, _ frame: Frame) -> PyError {
        var error = PyError.sandbox(
            "\(what) is not allowed in the sandbox (line \(frame.position.line))")
        error.position = frame.position
        return error
    }

    func attributeError(_ object: PyValue, _ name: String) -> PyException {
        switch object {
        case .module(let module):
            return .attributeError("module '\(module.name)' has no attribute '\(name)'")
        case .classObject(let cls):
            return .attributeError("type object '\(cls.name)' has no attribute '\(name)'")
        default:
            return .attributeError("'\(typeOf(object).name)' object has no attribute '\(name)'")
        }
    }
}
