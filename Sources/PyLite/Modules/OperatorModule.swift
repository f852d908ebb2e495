/// The `operator` module.
enum OperatorModule {
    static func make(_ interpreter: PyInterpreter) -> PyModule {
        let module = PyModule(name: "operator")
        let binary: [(String, BinaryOperator)] = [
            ("add", .add), ("sub", .subtract), ("mul", .multiply), ("truediv", .trueDivide),
            ("floordiv", .floorDivide), ("mod", .modulo), ("pow", .power), ("and_", .bitAnd), ("or_", .bitOr),
            ("xor", .bitXor), ("lshift", .leftShift), ("rshift", .rightShift), ("concat", .add),
            ("iadd", .add), ("isub", .subtract), ("imul", .multiply),
        ]
        for (name, op) in binary {
            BuiltinModules.function(module, name) { args in
                let bound = try args.bind(name, ["a", "b"])
                return try args.interpreter.binaryOperation(op, bound["a"] ?? PyValue.none, bound["b"] ?? PyValue.none)
            }
        }
        let comparisons: [(String, ComparisonOperator)] = [
            ("eq", .equal), ("ne", .notEqual), ("lt", .less), ("le", .lessOrEqual), ("gt", .greater),
            ("ge", .greaterOrEqual), ("is_", .isSame), ("is_not", .isNot),
        ]
        for (name, op) in comparisons {
            BuiltinModules.function(module, name) { args in
                let bound = try args.bind(name, ["a", "b"])
                return try args.interpreter.compareOperation(op, bound["a"] ?? PyValue.none, bound["b"] ?? PyValue.none)
            }
        }
        let unary: [(String, UnaryOperator)] = [("neg", .negate), ("pos", .plus), ("invert", .invert), ("inv", .invert), ("not_", .not)]
        for (name, op) in unary {
            BuiltinModules.function(module, name) { args in
                let bound = try args.bind(name, ["a"])
                return try args.interpreter.unaryOperation(op, bound["a"] ?? PyValue.none)
            }
        }
        BuiltinModules.function(module, "truth") { args in
            .bool(try args.interpreter.isTruthy(try args.bind("truth", ["a"])["a"] ?? PyValue.none))
        }
        BuiltinModules.function(module, "abs") { args in
            try args.interpreter.callValue(args.interpreter.builtins["abs"] ?? PyValue.none, args.positional, [])
        }
        BuiltinModules.function(module, "index") { args in
            .int(try args.interpreter.indexValue(try args.bind("index", ["a"])["a"] ?? PyValue.none))
        }
        BuiltinModules.function(module, "contains") { args in
            let bound = try args.bind("contains", ["a", "b"])
            return .bool(try args.interpreter.contains(bound["a"] ?? PyValue.none, bound["b"] ?? PyValue.none))
        }
        BuiltinModules.function(module, "getitem") { args in
            let bound = try args.bind("getitem", ["a", "b"])
            return try args.interpreter.getItem(bound["a"] ?? PyValue.none, bound["b"] ?? PyValue.none)
        }
        BuiltinModules.function(module, "itemgetter") { args in
            let items = args.positional
            guard !items.isEmpty else { throw PyException.typeError("itemgetter expected 1 argument, got 0") }
            return .native(PyNativeFunction(name: "itemgetter") { call in
                let target = try call.bind("itemgetter", ["obj"])["obj"] ?? PyValue.none
                if items.count == 1 { return try call.interpreter.getItem(target, items[0]) }
                return .tuple(try items.map { try call.interpreter.getItem(target, $0) })
            })
        }
        BuiltinModules.function(module, "attrgetter") { args in
            let names = try args.positional.map { value -> [String] in
                guard case .str(let s) = value else { throw PyException.typeError("attribute name must be a string") }
                let parts = s.split(separator: ".").map(String.init)
                if parts.contains(where: Sandbox.isDunder) {
                    throw PyError.sandbox("attrgetter() with a dunder attribute is not allowed in the sandbox")
                }
                return parts
            }
            guard !names.isEmpty else { throw PyException.typeError("attrgetter expected 1 argument, got 0") }
            return .native(PyNativeFunction(name: "attrgetter") { call in
                let target = try call.bind("attrgetter", ["obj"])["obj"] ?? PyValue.none
                func resolve(_ path: [String]) throws -> PyValue {
                    var value = target
                    for part in path { value = try call.interpreter.getAttribute(value, part) }
                    return value
                }
                if names.count == 1 { return try resolve(names[0]) }
                return .tuple(try names.map(resolve))
            })
        }
        BuiltinModules.function(module, "methodcaller") { args in
            guard case .str(let name)? = args.positional.first else { throw PyException.typeError("method name must be a string") }
            if Sandbox.isDunder(name) { throw PyError.sandbox("methodcaller() with a dunder method is not allowed in the sandbox") }
            let extra = Array(args.positional.dropFirst())
            let keyword = args.keyword
            return .native(PyNativeFunction(name: "methodcaller") { call in
                let target = try call.bind("methodcaller", ["obj"])["obj"] ?? PyValue.none
                return try call.interpreter.callMethod(target, name, extra, keyword)
            })
        }
        return module
    }
}
