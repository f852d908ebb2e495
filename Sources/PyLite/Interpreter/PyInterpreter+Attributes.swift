/// Attribute access on every kind of value.
extension PyInterpreter {
    func getAttribute(_ object: PyValue, _ name: String) throws -> PyValue {
        if let value = try findAttribute(object, name) { return value }
        throw attributeError(object, name)
    }

    /// The attribute, or nil when the object has none by that name.
    func findAttribute(_ object: PyValue, _ name: String) throws -> PyValue? {
        switch object {
        case .instance(let instance):
            return try instanceAttribute(instance, name)
        case .classObject(let cls):
            return try classAttribute(cls, name)
        case .module(let module):
            if name == "__name__" { return .str(module.name) }
            if let value = try module.attribute(name) { return value }
            if let submodule = try loadModuleIfAvailable(module.name + "." + name) {
                module.namespace[name] = .module(submodule)
                return .module(submodule)
            }
            return nil
        case .host(let host):
            return try host.pyGetAttribute(name)
        case .function(let function):
            switch name {
            case "__name__": return .str(function.wrappedNames?.name ?? function.name)
            case "__qualname__": return .str(function.wrappedNames?.qualifiedName ?? function.qualifiedName)
            default: return nil
            }
        case .native(let native):
            return name == "__name__" || name == "__qualname__" ? .str(native.name) : nil
        case .boundMethod(let method):
            return try findAttribute(method.function, name)
        case .iterator(let iterator):
            return iteratorAttribute(iterator, name)
        default:
            if builtinMethodExists(object, name) {
                let receiver = object
                return .native(PyNativeFunction(name: name) { args in
                    guard let result = try args.interpreter.callBuiltinMethod(receiver, name, args) else {
                        throw args.interpreter.attributeError(receiver, name)
                    }
                    return result
                })
            }
            return try builtinValueAttribute(object, name)
        }
    }

    private func builtinValueAttribute(_ object: PyValue, _ name: String) throws -> PyValue? {
        switch (object, name) {
        case (.int(let v), "real"), (.int(let v), "numerator"): return .int(v)
        case (.int, "imag"): return .int(0)
        case (.int, "denominator"): return .int(1)
        case (.float(let v), "real"): return .float(v)
        case (.float, "imag"): return .float(0)
        case (.range(let r), "start"): return .int(r.start)
        case (.range(let r), "stop"): return .int(r.stop)
        case (.range(let r), "step"): return .int(r.step)
        case (.slice(let s), "start"): return s.start
        case (.slice(let s), "stop"): return s.stop
        case (.slice(let s), "step"): return s.step
        default: return nil
        }
    }

    private func instanceAttribute(_ instance: PyInstance, _ name: String) throws -> PyValue? {
        if instance.cls === types.superType { return try superAttribute(instance, name) }
        if instance.cls === types.property { return propertyAttribute(instance, name) }
        if let value = instance.attributes[name] { return value }
        if name == "__class__" { return .classObject(instance.cls) }
        if instance.cls.isSubclass(of: types.baseException) {
            switch name {
            case "args": return .tuple(instance.arguments)
            case "__cause__": return instance.cause
            case "__context__": return instance.context
            case "__suppress_context__": return .bool(instance.suppressContext)
            case "value" where instance.cls.isSubclass(of: types.exceptionClass("StopIteration")):
                return instance.arguments.first ?? PyValue.none
            default: break
            }
        }
        guard let value = instance.cls.lookup(name) else {
            if instance.cls.builtinKind == nil, let getattr = instance.cls.lookup("__getattr__") {
                return try callValue(getattr, [.instance(instance), .str(name)], [])
            }
            return nil
        }
        return try bindClassAttribute(value, receiver: .instance(instance), cls: instance.cls)
    }

    /// Applies descriptor rules: functions bind, static methods do not, class methods bind the class,
    /// properties call their getter.
    /// `fget`/`fset` of a property, and `getter`/`setter`, which return a copy with one accessor replaced
    /// (`@x.setter` after `@property def x`).
    private func propertyAttribute(_ property: PyInstance, _ name: String) -> PyValue? {
        let slot: Int
        switch name {
        case "fget", "getter": slot = 0
        case "fset", "setter": slot = 1
        default: return nil
        }
        let accessors = property.payload.count == 2 ? property.payload : [.none, .none]
        if name.hasPrefix("f") { return accessors[slot] }
        let propertyClass = types.property
        return .native(PyNativeFunction(name: name) { args in
            let bound = try args.bind(name, ["function"])
            var replaced = accessors
            replaced[slot] = bound["function"] ?? PyValue.none
            let copy = PyInstance(cls: propertyClass)
            copy.payload = replaced
            return .instance(copy)
        })
    }

    private func bindClassAttribute(_ value: PyValue, receiver: PyValue?, cls: PyClass) throws -> PyValue {
        switch value {
        case .function, .native:
            guard let receiver else { return value }
            return .boundMethod(PyBoundMethod(receiver: receiver, function: value))
        case .host(let object) where object is CachedFunction:
            // A method decorated with `functools.cache` binds like the function it wraps.
            guard let receiver else { return value }
            return .boundMethod(PyBoundMethod(receiver: receiver, function: value))
        case .instance(let wrapper) where wrapper.cls === types.staticMethod:
            return wrapper.payload.first ?? PyValue.none
        case .instance(let wrapper) where wrapper.cls === types.classMethod:
            return .boundMethod(PyBoundMethod(receiver: .classObject(cls), function: wrapper.payload.first ?? PyValue.none))
        case .instance(let wrapper) where wrapper.cls === types.property:
            guard let receiver else { return value }
            let getter = wrapper.payload.first ?? PyValue.none
            if getter.isNone { throw PyException.attributeError("property has no getter") }
            return try callValue(getter, [receiver], [])
        default:
            return value
        }
    }

    private func classAttribute(_ cls: PyClass, _ name: String) throws -> PyValue? {
        if name == "__name__" { return .str(cls.name) }
        if name == "__qualname__" { return .str(cls.name) }
        for klass in cls.mro {
            if let value = klass.attributes[name] {
                if case .instance(let wrapper) = value, wrapper.cls === types.classMethod {
                    return .boundMethod(PyBoundMethod(receiver: .classObject(cls), function: wrapper.payload.first ?? PyValue.none))
                }
                if case .instance(let wrapper) = value, wrapper.cls === types.staticMethod {
                    return wrapper.payload.first ?? PyValue.none
                }
                return value
            }
            if let resolver = klass.attributeResolver, let value = try resolver(name) {
                klass.attributes[name] = value
                return value
            }
        }
        if let kind = cls.builtinKind, let method = unboundBuiltinMethod(kind, name) { return method }
        return nil
    }

    /// `str.upper`, `dict.fromkeys`, `int.bit_length`: methods of builtin types taken from the class.
    private func unboundBuiltinMethod(_ kind: PyClass.BuiltinKind, _ name: String) -> PyValue? {
        let sample: PyValue
        switch kind {
        case .str:
            if name == "maketrans" {
                // A static method: `str.maketrans("ab", "xy")` has no receiver.
                return .native(PyNativeFunction(name: "maketrans") { args in
                    try args.interpreter.callBuiltinMethod(.str(""), "maketrans", args) ?? PyValue.none
                })
            }
            sample = .str("")
        case .list: sample = .newList([])
        case .dict:
            if name == "fromkeys" {
                return .native(PyNativeFunction(name: "fromkeys") { args in
                    try args.interpreter.callBuiltinMethod(.dict(PyDict()), "fromkeys", args) ?? PyValue.none
                })
            }
            sample = .dict(PyDict())
        case .set: sample = .set(PySet())
        case .tuple: sample = .tuple([])
        case .int: sample = .int(0)
        case .float: sample = .float(0)
        default: return nil
        }
        guard builtinMethodExists(sample, name) else { return nil }
        let typeName = typeOf(sample).name
        return .native(PyNativeFunction(name: name) { args in
            guard let receiver = args.positional.first else {
                throw PyException.typeError("unbound method \(typeName).\(name)() needs an argument")
            }
            let interpreter = args.interpreter
            guard interpreter.typeOf(receiver).isSubclass(of: interpreter.typeOf(sample)) else {
                throw PyException.typeError(
                    "descriptor '\(name)' for '\(typeName)' objects doesn't apply to a '\(interpreter.typeOf(receiver).name)' object")
            }
            var rest = args
            rest.positional.removeFirst()
            guard let result = try interpreter.callBuiltinMethod(receiver, name, rest) else {
                throw interpreter.attributeError(receiver, name)
            }
            return result
        })
    }

    private func superAttribute(_ proxy: PyInstance, _ name: String) throws -> PyValue? {
        guard proxy.payload.count == 2, case .classObject(let start) = proxy.payload[0] else { return nil }
        let receiver = proxy.payload[1]
        let receiverClass: PyClass
        if case .classObject(let cls) = receiver { receiverClass = cls } else { receiverClass = typeOf(receiver) }
        let mro = receiverClass.mro
        guard let index = mro.firstIndex(where: { $0 === start }) else { return nil }
        for cls in mro[(index + 1)...] {
            if let value = cls.attributes[name] {
                if case .classObject = receiver { return try bindClassAttribute(value, receiver: nil, cls: receiverClass) }
                return try bindClassAttribute(value, receiver: receiver, cls: receiverClass)
            }
            if name == "__init__" && (cls === types.object || cls.builtinKind == .exception) {
                let isException = cls.builtinKind == .exception
                return .native(PyNativeFunction(name: "__init__") { args in
                    if isException, case .instance(let instance) = receiver { instance.arguments = args.positional }
                    return PyValue.none
                })
            }
        }
        return nil
    }

    func setAttribute(_ object: PyValue, _ name: String, _ value: PyValue) throws {
        switch object {
        case .instance(let instance) where instance.cls.builtinKind == nil:
            if case .instance(let wrapper)? = instance.cls.lookup(name), wrapper.cls === types.property {
                let setter = wrapper.payload.count > 1 ? wrapper.payload[1] : .none
                if setter.isNone { throw PyException.attributeError("property '\(name)' of '\(instance.cls.name)' object has no setter") }
                _ = try callValue(setter, [object, value], [])
                return
            }
            if name == "args" && instance.cls.isSubclass(of: types.baseException) {
                instance.arguments = try collect(value)
                return
            }
            if let frozenError = instance.cls.frozenInstanceError {
                throw PyException(exceptionClass: frozenError, "cannot assign to field '\(name)'")
            }
            instance.attributes[name] = value
        case .classObject(let cls) where cls.isUserDefined:
            cls.attributes[name] = value
        case .host(let host):
            if try host.pySetAttribute(name, value) { return }
            throw attributeError(object, name)
        case .function(let function):
            throw PyException.attributeError("'function' object attribute '\(name)' cannot be set (function '\(function.name)')")
        case .module(let module) where module === mainModule:
            module.namespace[name] = value
        default:
            if case .classObject(let cls) = object {
                throw PyException.typeError("cannot set '\(name)' attribute of immutable type '\(cls.name)'")
            }
            if builtinMethodExists(object, name) {
                throw PyException.attributeError("'\(typeOf(object).name)' object attribute '\(name)' is read-only")
            }
            throw attributeError(object, name)
        }
    }
}
