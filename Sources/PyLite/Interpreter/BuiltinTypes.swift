/// The classes of builtin values and the builtin exception hierarchy of one interpreter.
final class BuiltinTypes {
    let object: PyClass
    let type: PyClass
    let int: PyClass
    let bool: PyClass
    let float: PyClass
    let str: PyClass
    let list: PyClass
    let tuple: PyClass
    let dict: PyClass
    let set: PyClass
    let frozenset: PyClass
    let noneType: PyClass
    let range: PyClass
    let function: PyClass
    let builtinFunction: PyClass
    let method: PyClass
    let module: PyClass
    let slice: PyClass
    let ellipsis: PyClass
    let iterator: PyClass
    let staticMethod: PyClass
    let classMethod: PyClass
    let property: PyClass
    let superType: PyClass
    let baseException: PyClass
    let exception: PyClass
    let hostErrorClass: PyClass
    var exceptions: [String: PyClass] = [:]
    /// Classes made on the fly for host objects that do not provide `pyClass`, by type name.
    var hostClasses: [String: PyClass] = [:]

    init() {
        func builtin(_ name: String, _ kind: PyClass.BuiltinKind, bases: [PyClass], constructor: ((PyArguments) throws -> PyValue)? = nil) -> PyClass {
            PyClass(name: name, bases: bases, builtinKind: kind, constructor: constructor)
        }
        object = PyClass(name: "object", bases: [], builtinKind: .object, constructor: { args in
            try args.expectNone("object")
            let interp = args.interpreter
            return .instance(PyInstance(cls: interp.types.object))
        })
        type = builtin("type", .type, bases: [object]) { args in
            let interp = args.interpreter
            guard args.positional.count == 1, args.keyword.isEmpty else {
                throw PyException.typeError("type() with 3 arguments (creating classes) is not supported")
            }
            return .classObject(interp.typeOf(args.positional[0]))
        }
        int = builtin("int", .int, bases: [object]) { args in try Builtins.makeInt(args) }
        bool = builtin("bool", .bool, bases: [int]) { args in
            let bound = try args.bind("bool", ["x="])
            let interp = args.interpreter
            guard let value = bound["x"] else { return .bool(false) }
            return .bool(try interp.isTruthy(value))
        }
        float = builtin("float", .float, bases: [object]) { args in try Builtins.makeFloat(args) }
        str = builtin("str", .str, bases: [object]) { args in
            let bound = try args.bind("str", ["object="])
            let interp = args.interpreter
            guard let value = bound["object"] else { return .str("") }
            return .str(try interp.strValue(value))
        }
        list = builtin("list", .list, bases: [object]) { args in
            let bound = try args.bind("list", ["iterable="])
            let interp = args.interpreter
            guard let value = bound["iterable"] else { return .newList([]) }
            return .newList(try interp.collect(value))
        }
        tuple = builtin("tuple", .tuple, bases: [object]) { args in
            let bound = try args.bind("tuple", ["iterable="])
            let interp = args.interpreter
            guard let value = bound["iterable"] else { return .tuple([]) }
            return .tuple(try interp.collect(value))
        }
        dict = builtin("dict", .dict, bases: [object]) { args in
            let interp = args.interpreter
            return try interp.makeDict(args)
        }
        set = builtin("set", .set, bases: [object]) { args in
            let bound = try args.bind("set", ["iterable="])
            let interp = args.interpreter
            let result = PySet()
            if let value = bound["iterable"] {
                for item in try interp.collect(value) { try interp.setInsert(result, item) }
            }
            return .set(result)
        }
        frozenset = builtin("frozenset", .frozenset, bases: [object]) { args in
            let bound = try args.bind("frozenset", ["iterable="])
            let interp = args.interpreter
            let result = PySet()
            if let value = bound["iterable"] {
                for item in try interp.collect(value) { try interp.setInsert(result, item) }
            }
            return .frozenset(result)
        }
        noneType = builtin("NoneType", .noneType, bases: [object])
        range = builtin("range", .range, bases: [object]) { args in try Builtins.makeRange(args) }
        function = builtin("function", .function, bases: [object])
        builtinFunction = builtin("builtin_function_or_method", .builtinFunction, bases: [object])
        method = builtin("method", .builtinFunction, bases: [object])
        module = builtin("module", .module, bases: [object])
        slice = builtin("slice", .slice, bases: [object]) { args in
            let bound = try args.bind("slice", ["a", "b=", "c="])
            guard let a = bound["a"] else { return .none }
            if let b = bound["b"] { return .slice(PySlice(start: a, stop: b, step: bound["c"] ?? PyValue.none)) }
            return .slice(PySlice(start: .none, stop: a, step: .none))
        }
        ellipsis = builtin("ellipsis", .ellipsis, bases: [object])
        iterator = builtin("iterator", .iterator, bases: [object])
        staticMethod = builtin("staticmethod", .object, bases: [object]) { args in
            let bound = try args.bind("staticmethod", ["function"])
            let interp = args.interpreter
            guard let f = bound["function"] else { return .none }
            let wrapper = PyInstance(cls: interp.types.staticMethod)
            wrapper.payload = [f]
            return .instance(wrapper)
        }
        classMethod = builtin("classmethod", .object, bases: [object]) { args in
            let bound = try args.bind("classmethod", ["function"])
            let interp = args.interpreter
            guard let f = bound["function"] else { return .none }
            let wrapper = PyInstance(cls: interp.types.classMethod)
            wrapper.payload = [f]
            return .instance(wrapper)
        }
        property = builtin("property", .object, bases: [object]) { args in
            let bound = try args.bind("property", ["fget=", "fset="])
            let interp = args.interpreter
            let wrapper = PyInstance(cls: interp.types.property)
            wrapper.payload = [bound["fget"] ?? PyValue.none, bound["fset"] ?? PyValue.none]
            return .instance(wrapper)
        }
        superType = builtin("super", .object, bases: [object]) { args in
            // `super()` with no arguments inside a method never gets here (the call site supplies class and receiver).
            try args.interpreter.explicitSuper(args)
        }
        baseException = PyClass(name: "BaseException", bases: [object], builtinKind: .exception)
        exception = PyClass(name: "Exception", bases: [baseException], builtinKind: .exception)
        hostErrorClass = PyClass(name: "HostError", bases: [exception], builtinKind: .exception)
        exceptions["BaseException"] = baseException
        exceptions["Exception"] = exception
        let hierarchy: [(String, String)] = [
            ("SystemExit", "BaseException"), ("KeyboardInterrupt", "BaseException"),
            ("GeneratorExit", "BaseException"),
            ("ArithmeticError", "Exception"), ("ZeroDivisionError", "ArithmeticError"),
            ("OverflowError", "ArithmeticError"), ("FloatingPointError", "ArithmeticError"),
            ("LookupError", "Exception"), ("IndexError", "LookupError"), ("KeyError", "LookupError"),
            ("ValueError", "Exception"), ("UnicodeError", "ValueError"), ("TypeError", "Exception"),
            ("AttributeError", "Exception"), ("NameError", "Exception"), ("UnboundLocalError", "NameError"),
            ("RuntimeError", "Exception"), ("RecursionError", "RuntimeError"),
            ("NotImplementedError", "RuntimeError"), ("StopIteration", "Exception"),
            ("AssertionError", "Exception"), ("ImportError", "Exception"),
            ("ModuleNotFoundError", "ImportError"), ("OSError", "Exception"), ("EOFError", "Exception"),
            ("MemoryError", "Exception"), ("BufferError", "Exception"), ("SyntaxError", "Exception"),
            ("IndentationError", "SyntaxError"), ("Warning", "Exception"), ("UserWarning", "Warning"),
            ("DeprecationWarning", "Warning"), ("RuntimeWarning", "Warning"),
        ]
        for (name, base) in hierarchy {
            if let baseClass = exceptions[base] {
                exceptions[name] = PyClass(name: name, bases: [baseClass], builtinKind: .exception)
            }
        }
    }

    func exceptionClass(_ name: String) -> PyClass { exceptions[name] ?? exception }

    var allClasses: [PyClass] {
        [object, type, int, bool, float, str, list, tuple, dict, set, frozenset, range, slice, staticMethod,
         classMethod, property, superType]
    }
}
