/// The `dataclasses` module: `@dataclass` (with `eq`, `order`, `frozen`, `unsafe_hash`),
/// `field(default=..., default_factory=...)`, `asdict`, `astuple`, `fields`, `replace`, `FrozenInstanceError`.
/// Generated methods are `__init__` (calling `__post_init__`), `__repr__`, `__eq__`, with `order=True` the
/// ordering methods, and for frozen (or `unsafe_hash`) classes `__hash__` over the field values.
enum DataclassesModule {
    /// The arguments of `@dataclass(...)` that change the generated class.
    struct Options {
        var eq = true
        var order = false
        var frozen = false
        var unsafeHash = false
    }

    /// `field(...)` in a class body.
    final class FieldSpec: PyHostObject {
        let defaultValue: PyValue?
        let defaultFactory: PyValue?
        let includeInRepr: Bool
        init(defaultValue: PyValue?, defaultFactory: PyValue?, includeInRepr: Bool) {
            self.defaultValue = defaultValue
            self.defaultFactory = defaultFactory
            self.includeInRepr = includeInRepr
        }
        var pyTypeName: String { "Field" }
    }

    struct Field {
        var name: String
        var defaultValue: PyValue?
        var defaultFactory: PyValue?
        var includeInRepr = true
    }

    static func fields(of cls: PyClass) -> [Field] {
        var result: [Field] = []
        for klass in cls.mro.reversed() {
            guard case .dict(let annotations)? = klass.attributes["__annotations__"] else { continue }
            for (key, _) in annotations.storage {
                guard case .str(let name) = key.value else { continue }
                var field = Field(name: name)
                if let value = klass.attributes[name] {
                    if let spec = value.asHost(FieldSpec.self) {
                        field.defaultValue = spec.defaultValue
                        field.defaultFactory = spec.defaultFactory
                        field.includeInRepr = spec.includeInRepr
                    } else {
                        field.defaultValue = value
                    }
                }
                result.removeAll { $0.name == name }
                result.append(field)
            }
        }
        return result
    }

    static func values(_ value: PyValue, _ interpreter: PyInterpreter) throws -> [(String, PyValue)] {
        guard case .instance(let instance) = value, instance.cls.attributes["__dataclass_fields__"] != nil
            || instance.cls.mro.contains(where: { $0.attributes["__dataclass_fields__"] != nil })
        else {
            throw PyException.typeError("asdict() should be called on dataclass instances")
        }
        return try fields(of: instance.cls).map { ($0.name, try interpreter.getAttribute(value, $0.name)) }
    }

    static func decorate(_ cls: PyClass, _ options: Options, frozenError: PyClass) throws {
        if options.order && !options.eq { throw PyException.valueError("eq must be true if order is true") }
        let order = options.order
        let frozen = options.frozen
        let fieldList = fields(of: cls)
        cls.attributes["__dataclass_fields__"] = .tuple(fieldList.map { .str($0.name) })
        let name = cls.name
        cls.attributes["__init__"] = .native(PyNativeFunction(name: "__init__") { args in
            var signature = ["self"]
            var seenDefault = false
            for field in fieldList {
                let optional = field.defaultValue != nil || field.defaultFactory != nil
                if !optional && seenDefault {
                    throw PyException.typeError("non-default argument '\(field.name)' follows default argument")
                }
                seenDefault = seenDefault || optional
                signature.append(field.name + (optional ? "=" : ""))
            }
            let bound = try args.bind("\(name).__init__", signature)
            guard let receiver = bound["self"] else { return PyValue.none }
            let interpreter = args.interpreter
            for field in fieldList {
                var value = bound[field.name] ?? field.defaultValue
                if bound[field.name] == nil, let factory = field.defaultFactory {
                    value = try interpreter.callValue(factory, [], [])
                }
                if frozen, case .instance(let instance) = receiver {
                    // A frozen class's own `__init__` sets its fields as `object.__setattr__` does.
                    instance.attributes[field.name] = value ?? PyValue.none
                } else {
                    try interpreter.setAttribute(receiver, field.name, value ?? PyValue.none)
                }
            }
            if case .instance(let instance) = receiver, let post = instance.cls.lookup("__post_init__") {
                _ = try interpreter.callValue(post, [receiver], [])
            }
            return PyValue.none
        })
        if cls.attributes["__repr__"] == nil {
            cls.attributes["__repr__"] = .native(PyNativeFunction(name: "__repr__") { args in
                guard let receiver = args.positional.first, case .instance(let instance) = receiver else { return .str("") }
                let parts = try fieldList.filter(\.includeInRepr).map {
                    "\($0.name)=\(try args.interpreter.reprValue(try args.interpreter.getAttribute(receiver, $0.name)))"
                }
                return .str("\(instance.cls.name)(\(parts.joined(separator: ", ")))")
            })
        }
        func tuple(_ value: PyValue, _ interpreter: PyInterpreter) throws -> PyValue {
            .tuple(try fieldList.map { try interpreter.getAttribute(value, $0.name) })
        }
        if options.eq && cls.attributes["__eq__"] == nil {
            cls.attributes["__eq__"] = .native(PyNativeFunction(name: "__eq__") { args in
                guard args.positional.count == 2, case .instance(let a) = args.positional[0],
                    case .instance(let b) = args.positional[1], a.cls === b.cls
                else { return .native(args.interpreter.notImplementedSentinel) }
                let interpreter = args.interpreter
                return .bool(try interpreter.valuesEqual(try tuple(args.positional[0], interpreter), try tuple(args.positional[1], interpreter)))
            })
        }
        if options.unsafeHash || (options.eq && frozen) {
            cls.attributes["__hash__"] = .native(PyNativeFunction(name: "__hash__") { args in
                guard let receiver = args.positional.first else { return .int(0) }
                return .int(try PyKey(try tuple(receiver, args.interpreter)).hashValue)
            })
        }
        if frozen { cls.frozenInstanceError = frozenError }
        if order {
            for (method, op) in [("__lt__", PyComparison.less), ("__le__", .lessOrEqual), ("__gt__", .greater), ("__ge__", .greaterOrEqual)] {
                cls.attributes[method] = .native(PyNativeFunction(name: method) { args in
                    guard args.positional.count == 2, case .instance(let a) = args.positional[0],
                        case .instance(let b) = args.positional[1], a.cls === b.cls
                    else { return .native(args.interpreter.notImplementedSentinel) }
                    let interpreter = args.interpreter
                    return try interpreter.richCompare(op, try tuple(args.positional[0], interpreter), try tuple(args.positional[1], interpreter))
                })
            }
        }
    }

    static func make(_ interpreter: PyInterpreter) -> PyModule {
        let module = PyModule(name: "dataclasses")
        let frozenError = PyClass.exceptionSubclass(
            named: "FrozenInstanceError", base: interpreter.types.exceptionClass("AttributeError"), moduleName: "dataclasses")
        module.setAttribute("FrozenInstanceError", .classObject(frozenError))
        BuiltinModules.function(module, "dataclass") { args in
            if case .classObject(let cls)? = args.positional.first, args.keyword.isEmpty {
                try decorate(cls, Options(), frozenError: frozenError)
                return .classObject(cls)
            }
            let bound = try args.bind("dataclass", ["cls=", "*", "init=", "repr=", "eq=", "order=", "frozen=", "unsafe_hash=", "slots=", "kw_only="])
            let interpreter = args.interpreter
            func flag(_ name: String, _ fallback: Bool) throws -> Bool {
                try bound[name].map { try interpreter.isTruthy($0) } ?? fallback
            }
            let options = Options(
                eq: try flag("eq", true), order: try flag("order", false), frozen: try flag("frozen", false),
                unsafeHash: try flag("unsafe_hash", false))
            if case .classObject(let cls)? = bound["cls"] {
                try decorate(cls, options, frozenError: frozenError)
                return .classObject(cls)
            }
            return .native(PyNativeFunction(name: "wrap") { inner in
                guard case .classObject(let cls)? = inner.positional.first else {
                    throw PyException.typeError("dataclass() should be applied to a class")
                }
                try decorate(cls, options, frozenError: frozenError)
                return .classObject(cls)
            })
        }
        BuiltinModules.function(module, "field") { args in
            let bound = try args.bind("field", ["*", "default=", "default_factory=", "repr=", "compare=", "hash=", "init=", "metadata=", "kw_only="])
            let includeInRepr = try bound["repr"].map { try args.interpreter.isTruthy($0) } ?? true
            return .host(FieldSpec(defaultValue: bound["default"], defaultFactory: bound["default_factory"], includeInRepr: includeInRepr))
        }
        BuiltinModules.function(module, "asdict") { args in
            let bound = try args.bind("asdict", ["obj"])
            func convert(_ value: PyValue) throws -> PyValue {
                if case .instance(let instance) = value, instance.cls.mro.contains(where: { $0.attributes["__dataclass_fields__"] != nil }) {
                    return try PyValue.newDict(try values(value, args.interpreter).map { (.str($0.0), try convert($0.1)) })
                }
                if case .list(let list) = value { return .newList(try list.items.map(convert)) }
                return value
            }
            return try convert(bound["obj"] ?? PyValue.none)
        }
        BuiltinModules.function(module, "astuple") { args in
            let bound = try args.bind("astuple", ["obj"])
            return .tuple(try values(bound["obj"] ?? PyValue.none, args.interpreter).map(\.1))
        }
        BuiltinModules.function(module, "replace") { args in
            // A new instance built by the class's `__init__` from the current field values and the changes.
            guard args.positional.count == 1, case .instance(let instance) = args.positional[0] else {
                throw PyException.typeError("replace() should be called on dataclass instances")
            }
            let current = try values(args.positional[0], args.interpreter)
            let changed = Set(args.keyword.map(\.name))
            let keyword = current.filter { !changed.contains($0.0) }.map { (name: $0.0, value: $0.1) } + args.keyword
            return try args.interpreter.instantiate(instance.cls, [], keyword)
        }
        BuiltinModules.function(module, "fields") { args in
            let bound = try args.bind("fields", ["class_or_instance"])
            let cls: PyClass
            switch bound["class_or_instance"] {
            case .classObject(let c)?: cls = c
            case .instance(let i)?: cls = i.cls
            default: throw PyException.typeError("must be called with a dataclass type or instance")
            }
            return .tuple(fields(of: cls).map { .str($0.name) })
        }
        return module
    }
}
