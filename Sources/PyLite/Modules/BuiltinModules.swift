/// The standard-library modules PyLite provides itself (pure computation only).
enum BuiltinModules {
    typealias Factory = @Sendable (PyInterpreter) -> PyModule

    static let factories: [String: Factory] = [
        "math": MathModule.make,
        "functools": FunctoolsModule.make,
        "operator": OperatorModule.make,
        "itertools": ItertoolsModule.make,
        "collections": CollectionsModule.make,
        "re": RegexModule.make,
        "datetime": DatetimeModule.make,
        "decimal": DecimalModule.make,
        "typing": makeTyping,
        "__future__": makeFuture,
        "string": makeString,
        "copy": makeCopy,
        "json": JSONModule.make,
        "dataclasses": DataclassesModule.make,
        "statistics": StatisticsModule.make,
        "heapq": HeapqModule.make,
        "bisect": HeapqModule.makeBisect,
    ]

    static func function(_ module: PyModule, _ name: String, _ body: @escaping (PyArguments) throws -> PyValue) {
        module.setAttribute(name, .native(PyNativeFunction(name: name, body: body)))
    }

    static func makeTyping(_ interpreter: PyInterpreter) -> PyModule {
        let module = PyModule(name: "typing")
        let types = interpreter.types
        let aliases: [String: PyClass] = [
            "List": types.list, "Dict": types.dict, "Tuple": types.tuple, "Set": types.set,
            "FrozenSet": types.frozenset, "Type": types.type, "DefaultDict": types.dict,
        ]
        for (name, cls) in aliases { module.setAttribute(name, .classObject(cls)) }
        for name in [
            "Any", "Optional", "Union", "Callable", "Iterable", "Iterator", "Sequence", "Mapping", "MutableMapping",
            "Generator", "Literal", "ClassVar", "Final", "Hashable", "Sized", "Collection", "Container",
            "MutableSequence", "AbstractSet", "MutableSet", "Counter", "OrderedDict", "Deque", "Awaitable",
            "NoReturn", "Annotated", "TypeAlias", "SupportsInt", "SupportsFloat",
        ] {
            module.setAttribute(name, .classObject(PyClass(name: name, bases: [types.object], moduleName: "typing", builtinKind: .object)))
        }
        function(module, "TypeVar") { args in
            guard case .str(let name)? = args.positional.first else { throw PyException.typeError("TypeVar() requires a name") }
            return .classObject(PyClass(name: name, bases: [args.interpreter.types.object], moduleName: "typing", builtinKind: .object))
        }
        function(module, "cast") { args in
            let bound = try args.bind("cast", ["typ", "val"])
            return bound["val"] ?? PyValue.none
        }
        function(module, "overload") { args in args.positional.first ?? PyValue.none }
        function(module, "final") { args in args.positional.first ?? PyValue.none }
        function(module, "NewType") { args in
            let bound = try args.bind("NewType", ["name", "tp"])
            return bound["tp"] ?? PyValue.none
        }
        module.setAttribute("TYPE_CHECKING", .bool(false))
        return module
    }

    static func makeFuture(_ interpreter: PyInterpreter) -> PyModule {
        let module = PyModule(name: "__future__")
        for name in ["annotations", "division", "print_function", "absolute_import", "generators", "with_statement", "unicode_literals"] {
            module.setAttribute(name, .bool(true))
        }
        return module
    }

    static func makeString(_ interpreter: PyInterpreter) -> PyModule {
        let module = PyModule(name: "string")
        let lower = "abcdefghijklmnopqrstuvwxyz"
        let upper = lower.uppercased()
        module.setAttribute("ascii_lowercase", .str(lower))
        module.setAttribute("ascii_uppercase", .str(upper))
        module.setAttribute("ascii_letters", .str(lower + upper))
        module.setAttribute("digits", .str("0123456789"))
        module.setAttribute("hexdigits", .str("0123456789abcdefABCDEF"))
        module.setAttribute("octdigits", .str("01234567"))
        module.setAttribute("punctuation", .str("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"))
        module.setAttribute("whitespace", .str(" \t\n\r\u{0B}\u{0C}"))
        module.setAttribute("printable", .str("0123456789" + lower + upper + "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" + " \t\n\r\u{0B}\u{0C}"))
        function(module, "capwords") { args in
            let bound = try args.bind("capwords", ["s", "sep="])
            guard case .str(let s)? = bound["s"] else { throw PyException.typeError("capwords() argument must be str") }
            let words = s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            return .str(words.map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " "))
        }
        return module
    }

    static func makeCopy(_ interpreter: PyInterpreter) -> PyModule {
        let module = PyModule(name: "copy")
        function(module, "copy") { args in
            let bound = try args.bind("copy", ["x"])
            let value = bound["x"] ?? PyValue.none
            switch value {
            case .list(let l): return .list(PyList(l.items))
            case .dict(let d):
                let copy = PyDict()
                copy.storage = d.storage
                return .dict(copy)
            case .set(let s): return .set(PySet(storage: s.storage))
            case .instance(let i) where i.cls.builtinKind == nil:
                let copy = PyInstance(cls: i.cls)
                copy.attributes = i.attributes
                copy.arguments = i.arguments
                return .instance(copy)
            default: return value
            }
        }
        function(module, "deepcopy") { args in
            let bound = try args.bind("deepcopy", ["x", "memo="])
            var memo: [ObjectIdentifier: PyValue] = [:]
            return try deepCopy(bound["x"] ?? PyValue.none, &memo, args.interpreter, depth: 0)
        }
        return module
    }

    static func deepCopy(_ value: PyValue, _ memo: inout [ObjectIdentifier: PyValue], _ interpreter: PyInterpreter, depth: Int) throws -> PyValue {
        if depth > 1000 || LargeStackExecutor.stackIsLow() { throw PyException(.recursionError, "maximum recursion depth exceeded while copying") }
        switch value {
        case .list(let l):
            if let done = memo[ObjectIdentifier(l)] { return done }
            let copy = PyList()
            memo[ObjectIdentifier(l)] = .list(copy)
            copy.items = try l.items.map { try deepCopy($0, &memo, interpreter, depth: depth + 1) }
            return .list(copy)
        case .tuple(let items):
            return .tuple(try items.map { try deepCopy($0, &memo, interpreter, depth: depth + 1) })
        case .dict(let d):
            if let done = memo[ObjectIdentifier(d)] { return done }
            let copy = PyDict()
            memo[ObjectIdentifier(d)] = .dict(copy)
            for (key, v) in d.storage {
                copy.storage[key] = try deepCopy(v, &memo, interpreter, depth: depth + 1)
            }
            return .dict(copy)
        case .set(let s): return .set(PySet(storage: s.storage))
        case .instance(let i) where i.cls.builtinKind == nil && !i.cls.isSubclass(of: interpreter.types.baseException):
            if let done = memo[ObjectIdentifier(i)] { return done }
            let copy = PyInstance(cls: i.cls)
            memo[ObjectIdentifier(i)] = .instance(copy)
            for (k, v) in i.attributes { copy.attributes[k] = try deepCopy(v, &memo, interpreter, depth: depth + 1) }
            return .instance(copy)
        default:
            return value
        }
    }
}
