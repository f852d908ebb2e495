import Foundation

/// Arithmetic, comparison, truthiness and the type of a value.
extension PyInterpreter {
    func typeOf(_ value: PyValue) -> PyClass {
        switch value {
        case .none: return types.noneType
        case .ellipsis: return types.ellipsis
        case .bool: return types.bool
        case .int: return types.int
        case .float: return types.float
        case .str: return types.str
        case .list: return types.list
        case .tuple: return types.tuple
        case .dict(let dict): return dict.flavor == .plain ? types.dict : collectionsClass(dict.flavor)
        case .set: return types.set
        case .frozenset: return types.frozenset
        case .function: return types.function
        case .native: return types.builtinFunction
        case .boundMethod: return types.method
        case .classObject: return types.type
        case .instance(let instance): return instance.cls
        case .module: return types.module
        case .iterator(let iterator):
            if let cls = types.hostClasses["iter:" + iterator.typeName] { return cls }
            let cls = PyClass(name: iterator.typeName, bases: [types.iterator], builtinKind: .iterator)
            types.hostClasses["iter:" + iterator.typeName] = cls
            return cls
        case .range: return types.range
        case .slice: return types.slice
        case .host(let object):
            if let cls = object.pyClass { return cls }
            let name = object.pyTypeName
            if let cls = types.hostClasses[name] { return cls }
            let cls = PyClass(name: name, bases: [types.object], moduleName: "")
            types.hostClasses[name] = cls
            return cls
        }
    }

    func isTruthy(_ value: PyValue) throws -> Bool {
        switch value {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .str(let s): return !s.isEmpty
        case .list(let l): return !l.items.isEmpty
        case .tuple(let t): return !t.isEmpty
        case .dict(let d): return d.count > 0
        case .set(let s), .frozenset(let s): return s.count > 0
        case .range(let r): return r.count > 0
        case .host(let object): return try object.pyTruth()
        case .instance(let instance):
            if let method = instance.cls.lookup("__bool__") {
                let result = try callValue(method, [value], [])
                guard case .bool(let b) = result else {
                    throw PyException.typeError("__bool__ should return bool, returned \(typeOf(result).name)")
                }
                return b
            }
            if let method = instance.cls.lookup("__len__") {
                return try isTruthy(try callValue(method, [value], []))
            }
            return true
        default: return true
        }
    }

    // MARK: Binary operators

    private static let dunderNames: [BinaryOperator: (String, String)] = [
        .add: ("__add__", "__radd__"), .subtract: ("__sub__", "__rsub__"), .multiply: ("__mul__", "__rmul__"),
        .trueDivide: ("__truediv__", "__rtruediv__"), .floorDivide: ("__floordiv__", "__rfloordiv__"),
        .modulo: ("__mod__", "__rmod__"), .power: ("__pow__", "__rpow__"), .bitAnd: ("__and__", "__rand__"),
        .bitOr: ("__or__", "__ror__"), .bitXor: ("__xor__", "__rxor__"), .leftShift: ("__lshift__", "__rlshift__"),
        .rightShift: ("__rshift__", "__rrshift__"), .matrixMultiply: ("__matmul__", "__rmatmul__"),
    ]

    private static func hostOperator(_ op: BinaryOperator) -> PyBinaryOperator {
        switch op {
        case .add: return .add
        case .subtract: return .subtract
        case .multiply: return .multiply
        case .trueDivide: return .trueDivide
        case .floorDivide: return .floorDivide
        case .modulo: return .modulo
        case .power: return .power
        case .leftShift: return .leftShift
        case .rightShift: return .rightShift
        case .bitAnd: return .and
        case .bitOr: return .or
        case .bitXor: return .xor
        case .matrixMultiply: return .matrixMultiply
        }
    }

    func inPlaceOperation(_ op: BinaryOperator, _ left: PyValue, _ right: PyValue) throws -> PyValue {
        switch (op, left) {
        case (.add, .list(let list)):
            let items = try collect(right)
            try checkLength(list.items.count + items.count)
            list.items.append(contentsOf: items)
            return left
        case (.multiply, .list(let list)):
            guard let n = right.asInt, case .int = right else { return try binaryOperation(op, left, right) }
            let repeated = try repeatItems(list.items, n)
            list.items = repeated
            return left
        case (.bitOr, .set(let set)):
            if case .set(let other) = right { set.storage.formUnion(other.storage); return left }
            if case .frozenset(let other) = right { set.storage.formUnion(other.storage); return left }
        case (.bitAnd, .set(let set)):
            if let other = setStorage(right) { set.storage.formIntersection(other); return left }
        case (.subtract, .set(let set)):
            if let other = setStorage(right) { set.storage.subtract(other); return left }
        case (.bitXor, .set(let set)):
            if let other = setStorage(right) { set.storage.formSymmetricDifference(other); return left }
        case (.bitOr, .dict(let dict)):
            for (key, value) in try mappingPairs(right) { try dictSet(dict, key, value) }
            return left
        default:
            break
        }
        if case .instance(let instance) = left, let (name, _) = PyInterpreter.dunderNames[op] {
            let inPlace = "__i" + name.dropFirst(2)
            if let method = instance.cls.lookup(inPlace) { return try callValue(method, [left, right], []) }
        }
        return try binaryOperation(op, left, right)
    }

    private func setStorage(_ value: PyValue) -> OrderedSetStorage? {
        switch value {
        case .set(let s), .frozenset(let s): return s.storage
        default: return nil
        }
    }

    func binaryOperation(_ op: BinaryOperator, _ left: PyValue, _ right: PyValue) throws -> PyValue {
        // Fast paths for numbers.
        switch (left, right) {
        case (.int(let a), .int(let b)): return try intOperation(op, a, b)
        case (.float(let a), .float(let b)): return try floatOperation(op, a, b)
        case (.int(let a), .float(let b)): if op != .leftShift && op != .rightShift && !isBitwise(op) { return try floatOperation(op, Double(a), b) }
        case (.float(let a), .int(let b)): if op != .leftShift && op != .rightShift && !isBitwise(op) { return try floatOperation(op, a, Double(b)) }
        default: break
        }
        if case .host(let object) = left, let result = try object.pyBinary(PyInterpreter.hostOperator(op), right, reflected: false) {
            return result
        }
        if case .host(let object) = right, let result = try object.pyBinary(PyInterpreter.hostOperator(op), left, reflected: true) {
            return result
        }
        if let result = try builtinBinary(op, left, right) { return result }
        if let (name, reflectedName) = PyInterpreter.dunderNames[op] {
            if case .instance(let instance) = left, let method = instance.cls.lookup(name) {
                let result = try callValue(method, [left, right], [])
                if !isNotImplemented(result) { return result }
            }
            if case .instance(let instance) = right, let method = instance.cls.lookup(reflectedName) {
                let result = try callValue(method, [right, left], [])
                if !isNotImplemented(result) { return result }
            }
        }
        if op == .add, case .str = left {
            throw PyException.typeError("can only concatenate str (not \"\(typeOf(right).name)\") to str")
        }
        if op == .add, case .list = left {
            throw PyException.typeError("can only concatenate list (not \"\(typeOf(right).name)\") to list")
        }
        if op == .add, case .tuple = left {
            throw PyException.typeError("can only concatenate tuple (not \"\(typeOf(right).name)\") to tuple")
        }
        if op == .multiply, isSequence(left) || isSequence(right) {
            let other = isSequence(left) ? right : left
            throw PyException.typeError("can't multiply sequence by non-int of type '\(typeOf(other).name)'")
        }
        throw PyException.typeError(
            "unsupported operand type(s) for \(op.rawValue): '\(typeOf(left).name)' and '\(typeOf(right).name)'")
    }

    func isNotImplemented(_ value: PyValue) -> Bool {
        if case .native(let n) = value, n === notImplementedSentinel { return true }
        return false
    }

    private func isBitwise(_ op: BinaryOperator) -> Bool { op == .bitAnd || op == .bitOr || op == .bitXor }

    private func isSequence(_ value: PyValue) -> Bool {
        switch value {
        case .str, .list, .tuple: return true
        default: return false
        }
    }

    private func builtinBinary(_ op: BinaryOperator, _ left: PyValue, _ right: PyValue) throws -> PyValue? {
        switch (op, left, right) {
        case (_, .bool, _), (_, _, .bool):
            if let a = left.asInt, let b = right.asInt, left.numericValue != nil, right.numericValue != nil {
                if isBitwise(op), case .bool(let x) = left, case .bool(let y) = right {
                    switch op {
                    case .bitAnd: return .bool(x && y)
                    case .bitOr: return .bool(x || y)
                    default: return .bool(x != y)
                    }
                }
                return try intOperation(op, a, b)
            }
            if case .float(let a) = left, let b = right.asInt { return try floatOperation(op, a, Double(b)) }
            if case .float(let b) = right, let a = left.asInt { return try floatOperation(op, Double(a), b) }
            if op == .multiply, let n = left.asInt, case .bool = left { return try repeatSequence(right, n) }
            if op == .multiply, let n = right.asInt, case .bool = right { return try repeatSequence(left, n) }
            return nil
        case (.add, .str(let a), .str(let b)):
            try checkLength(a.unicodeScalars.count + b.unicodeScalars.count)
            return .str(a + b)
        case (.add, .list(let a), .list(let b)):
            try checkLength(a.items.count + b.items.count)
            return .list(PyList(a.items + b.items))
        case (.add, .tuple(let a), .tuple(let b)):
            try checkLength(a.count + b.count)
            return .tuple(a + b)
        case (.multiply, .str, .int(let n)), (.multiply, .list, .int(let n)), (.multiply, .tuple, .int(let n)):
            return try repeatSequence(left, n)
        case (.multiply, .int(let n), .str), (.multiply, .int(let n), .list), (.multiply, .int(let n), .tuple):
            return try repeatSequence(right, n)
        case (.modulo, .str(let format), _):
            return .str(try percentFormat(format, right))
        case (.bitOr, .set(let a), _), (.bitOr, .frozenset(let a), _):
            guard let b = setStorage(right) else { return nil }
            let result = a.storage.union(b)
            try checkLength(result.count)
            return sameSetKind(left, result)
        case (.bitAnd, .set(let a), _), (.bitAnd, .frozenset(let a), _):
            guard let b = setStorage(right) else { return nil }
            return sameSetKind(left, a.storage.intersection(b))
        case (.subtract, .set(let a), _), (.subtract, .frozenset(let a), _):
            guard let b = setStorage(right) else { return nil }
            return sameSetKind(left, a.storage.subtracting(b))
        case (.bitXor, .set(let a), _), (.bitXor, .frozenset(let a), _):
            guard let b = setStorage(right) else { return nil }
            return sameSetKind(left, a.storage.symmetricDifference(b))
        case (.bitOr, .classObject, .classObject), (.bitOr, .classObject, .none):
            // `int | None` in annotations: a union is represented by its first member.
            return left
        case (.bitOr, .none, .classObject):
            return right
        case (.add, .dict(let a), .dict(let b)), (.subtract, .dict(let a), .dict(let b)),
            (.bitOr, .dict(let a), .dict(let b)), (.bitAnd, .dict(let a), .dict(let b)):
            if a.flavor == .counter && b.flavor == .counter { return try counterArithmetic(op, a, b) }
            guard op == .bitOr else { return nil }
            let result = PyDict()
            result.storage = a.storage
            for (key, value) in b.storage { result.storage[key] = value }
            return .dict(result)
        default:
            return nil
        }
    }

    private func sameSetKind(_ template: PyValue, _ storage: OrderedSetStorage) -> PyValue {
        if case .frozenset = template { return .frozenset(PySet(storage: storage)) }
        return .set(PySet(storage: storage))
    }

    private func repeatSequence(_ sequence: PyValue, _ count: Int) throws -> PyValue? {
        switch sequence {
        case .str(let s):
            if count <= 0 || s.isEmpty { return .str("") }
            let (total, overflow) = s.unicodeScalars.count.multipliedReportingOverflow(by: count)
            if overflow { try checkLength(Int.max) }
            try checkLength(total)
            try noteAllocation(total / 8)
            return .str(String(repeating: s, count: count))
        case .list(let list): return .list(PyList(try repeatItems(list.items, count)))
        case .tuple(let items): return .tuple(try repeatItems(items, count))
        default: return nil
        }
    }

    func repeatItems(_ items: [PyValue], _ count: Int) throws -> [PyValue] {
        if count <= 0 || items.isEmpty { return [] }
        let (total, overflow) = items.count.multipliedReportingOverflow(by: count)
        if overflow { try checkLength(Int.max) }
        try checkLength(total)
        try noteAllocation(total)
        var result: [PyValue] = []
        result.reserveCapacity(total)
        for _ in 0..<count { result.append(contentsOf: items) }
        return result
    }

    /// Raises `MEMORY_LIMIT` when a string or collection would grow past the cap.
    func checkLength(_ length: Int) throws {
        allocatedSinceCheck &+= 1
        if length > limits.maxCollectionLength {
            throw PyError.memoryLimit(
                "a string or collection would hold more than \(limits.maxCollectionLength) elements")
        }
    }

    static func overflow() -> PyException {
        PyException(.overflowError, "integer overflow: the result does not fit in 64 bits (the embedded engine's int is 64-bit)")
    }

    func intOperation(_ op: BinaryOperator, _ a: Int, _ b: Int) throws -> PyValue {
        switch op {
        case .add:
            let (r, o) = a.addingReportingOverflow(b)
            if o { throw PyInterpreter.overflow() }
            return .int(r)
        case .subtract:
            let (r, o) = a.subtractingReportingOverflow(b)
            if o { throw PyInterpreter.overflow() }
            return .int(r)
        case .multiply:
            let (r, o) = a.multipliedReportingOverflow(by: b)
            if o { throw PyInterpreter.overflow() }
            return .int(r)
        case .trueDivide:
            if b == 0 { throw PyException(.zeroDivisionError, "division by zero") }
            return .float(Double(a) / Double(b))
        case .floorDivide:
            if b == 0 { throw PyException(.zeroDivisionError, "integer division or modulo by zero") }
            return .int(try PyInterpreter.floorDivide(a, b))
        case .modulo:
            if b == 0 { throw PyException(.zeroDivisionError, "integer modulo by zero") }
            return .int(PyInterpreter.floorModulo(a, b))
        case .power:
            if b < 0 {
                if a == 0 { throw PyException(.zeroDivisionError, "0.0 cannot be raised to a negative power") }
                return try floatOperation(.power, Double(a), Double(b))
            }
            return .int(try PyInterpreter.intPower(a, b))
        case .leftShift:
            if b < 0 { throw PyException.valueError("negative shift count") }
            if a == 0 { return .int(0) }
            if b >= 63 { throw PyInterpreter.overflow() }
            let r = a << b
            if r >> b != a { throw PyInterpreter.overflow() }
            return .int(r)
        case .rightShift:
            if b < 0 { throw PyException.valueError("negative shift count") }
            return .int(b >= 64 ? (a < 0 ? -1 : 0) : a >> b)
        case .bitAnd: return .int(a & b)
        case .bitOr: return .int(a | b)
        case .bitXor: return .int(a ^ b)
        case .matrixMultiply:
            throw PyException.typeError("unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    static func floorDivide(_ a: Int, _ b: Int) throws -> Int {
        if a == Int.min && b == -1 { throw overflow() }
        let q = a / b
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q
    }

    static func floorModulo(_ a: Int, _ b: Int) -> Int {
        if b == -1 { return 0 }
        let r = a % b
        return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r
    }

    static func intPower(_ base: Int, _ exponent: Int) throws -> Int {
        var result = 1
        var b = base
        var e = exponent
        while e > 0 {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: b)
                if o { throw overflow() }
                result = r
            }
            e >>= 1
            if e > 0 {
                let (sq, o) = b.multipliedReportingOverflow(by: b)
                if o { throw overflow() }
                b = sq
            }
        }
        return result
    }

    func floatOperation(_ op: BinaryOperator, _ a: Double, _ b: Double) throws -> PyValue {
        switch op {
        case .add: return .float(a + b)
        case .subtract: return .float(a - b)
        case .multiply: return .float(a * b)
        case .trueDivide:
            if b == 0 { throw PyException(.zeroDivisionError, "float division by zero") }
            return .float(a / b)
        case .floorDivide:
            if b == 0 { throw PyException(.zeroDivisionError, "float floor division by zero") }
            return .float(PyInterpreter.floatDivmod(a, b).0)
        case .modulo:
            if b == 0 { throw PyException(.zeroDivisionError, "float modulo") }
            return .float(PyInterpreter.floatDivmod(a, b).1)
        case .power:
            if a == 0 && b < 0 { throw PyException(.zeroDivisionError, "0.0 cannot be raised to a negative power") }
            if a < 0 && b != b.rounded() && b.isFinite {
                throw PyError.unsupported("complex numbers are not supported by the embedded engine")
            }
            let r = Foundation.pow(a, b)
            if r.isInfinite && a.isFinite && b.isFinite {
                throw PyException(.overflowError, arguments: [.int(34), .str("Numerical result out of range")])
            }
            return .float(r)
        default:
            throw PyException.typeError("unsupported operand type(s) for \(op.rawValue): 'float' and 'float'")
        }
    }

    /// CPython's float_divmod: floor quotient and a remainder with the divisor's sign.
    static func floatDivmod(_ vx: Double, _ wx: Double) -> (Double, Double) {
        var mod = fmod(vx, wx)
        var div = (vx - mod) / wx
        if mod != 0 {
            if (wx < 0) != (mod < 0) {
                mod += wx
                div -= 1.0
            }
        } else {
            mod = copysign(0.0, wx)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1.0 }
        } else {
            floordiv = copysign(0.0, vx / wx)
        }
        return (floordiv, mod)
    }

    // MARK: Unary operators

    func unaryOperation(_ op: UnaryOperator, _ operand: PyValue) throws -> PyValue {
        if op == .not { return .bool(try !isTruthy(operand)) }
        switch (op, operand) {
        case (.negate, .int(let v)):
            if v == Int.min { throw PyInterpreter.overflow() }
            return .int(-v)
        case (.negate, .bool(let b)): return .int(b ? -1 : 0)
        case (.negate, .float(let v)): return .float(-v)
        case (.plus, .int), (.plus, .float): return operand
        case (.plus, .bool(let b)): return .int(b ? 1 : 0)
        case (.invert, .int(let v)): return .int(~v)
        case (.invert, .bool(let b)): return .int(~(b ? 1 : 0))
        case (_, .host(let object)):
            let hostOp: PyUnaryOperator = op == .negate ? .negate : op == .plus ? .plus : .invert
            if let result = try object.pyUnary(hostOp) { return result }
        case (_, .instance(let instance)):
            let name = op == .negate ? "__neg__" : op == .plus ? "__pos__" : "__invert__"
            if let method = instance.cls.lookup(name) { return try callValue(method, [operand], []) }
        default: break
        }
        throw PyException.typeError("bad operand type for unary \(op.rawValue): '\(typeOf(operand).name)'")
    }

    // MARK: Comparisons

    func compareOperation(_ op: ComparisonOperator, _ left: PyValue, _ right: PyValue) throws -> PyValue {
        switch op {
        case .isSame: return .bool(PyValue.identical(left, right))
        case .isNot: return .bool(!PyValue.identical(left, right))
        case .contains: return .bool(try contains(right, left))
        case .notContains: return .bool(try !contains(right, left))
        case .equal: return try richCompare(.equal, left, right)
        case .notEqual: return try richCompare(.notEqual, left, right)
        case .less: return try richCompare(.less, left, right)
        case .lessOrEqual: return try richCompare(.lessOrEqual, left, right)
        case .greater: return try richCompare(.greater, left, right)
        case .greaterOrEqual: return try richCompare(.greaterOrEqual, left, right)
        }
    }

    func richCompare(_ op: PyComparison, _ left: PyValue, _ right: PyValue) throws -> PyValue {
        switch (left, right) {
        case (.int(let a), .int(let b)): return .bool(PyInterpreter.compare(op, a, b))
        case (.float(let a), .float(let b)): return .bool(PyInterpreter.compare(op, a, b))
        case (.str(let a), .str(let b)):
            if op == .equal { return .bool(a.unicodeScalars.elementsEqual(b.unicodeScalars)) }
            if op == .notEqual { return .bool(!a.unicodeScalars.elementsEqual(b.unicodeScalars)) }
            return .bool(PyInterpreter.compareOrdering(op, PyInterpreter.compareStrings(a, b)))
        case (.int(let a), .float(let b)): return .bool(PyInterpreter.compare(op, Double(a), b))
        case (.float(let a), .int(let b)): return .bool(PyInterpreter.compare(op, a, Double(b)))
        case (.set(let a), .set(let b)), (.frozenset(let a), .frozenset(let b)), (.set(let a), .frozenset(let b)),
            (.frozenset(let a), .set(let b)):
            let subset = a.storage.isSubset(of: b.storage)
            let superset = b.storage.isSubset(of: a.storage)
            switch op {
            case .equal: return .bool(subset && superset)
            case .notEqual: return .bool(!(subset && superset))
            case .less: return .bool(subset && !superset)
            case .lessOrEqual: return .bool(subset)
            case .greater: return .bool(superset && !subset)
            case .greaterOrEqual: return .bool(superset)
            }
        default: break
        }
        if case .host(let object) = left, let result = try object.pyCompare(op, right) { return result }
        if case .host(let object) = right, let result = try object.pyCompare(op.swapped, left) { return result }
        if case .instance(let instance) = left, instance.cls.builtinKind == nil,
            let method = instance.cls.lookup(PyInterpreter.dunder(op))
        {
            let result = try callValue(method, [left, right], [])
            if !isNotImplemented(result) { return result }
        }
        if case .instance(let instance) = right, instance.cls.builtinKind == nil,
            let method = instance.cls.lookup(PyInterpreter.dunder(op.swapped))
        {
            let result = try callValue(method, [right, left], [])
            if !isNotImplemented(result) { return result }
        }
        if op == .equal { return .bool(try valuesEqual(left, right)) }
        if op == .notEqual {
            if case .instance(let instance) = left, instance.cls.lookup("__eq__") != nil {
                return .bool(try !isTruthy(try richCompare(.equal, left, right)))
            }
            return .bool(try !valuesEqual(left, right))
        }
        // Objects whose comparison methods all declined cannot be ordered (`order` would ask them again, forever).
        let declined: Bool
        switch (left, right) {
        case (.instance, _), (_, .instance), (.host, _), (_, .host): declined = true
        default: declined = false
        }
        guard !declined, let ordering = try order(left, right) else {
            throw PyException.typeError(
                "'\(op.rawValue)' not supported between instances of '\(typeOf(left).name)' and '\(typeOf(right).name)'")
        }
        return .bool(PyInterpreter.compareOrdering(op, ordering))
    }

    private static func dunder(_ op: PyComparison) -> String {
        switch op {
        case .equal: return "__eq__"
        case .notEqual: return "__ne__"
        case .less: return "__lt__"
        case .lessOrEqual: return "__le__"
        case .greater: return "__gt__"
        case .greaterOrEqual: return "__ge__"
        }
    }

    static func compare<T: Comparable>(_ op: PyComparison, _ a: T, _ b: T) -> Bool {
        switch op {
        case .equal: return a == b
        case .notEqual: return a != b
        case .less: return a < b
        case .lessOrEqual: return a <= b
        case .greater: return a > b
        case .greaterOrEqual: return a >= b
        }
    }

    /// -1, 0, 1 by Unicode code point, as Python compares strings.
    static func compareStrings(_ a: String, _ b: String) -> Int {
        var i = a.unicodeScalars.makeIterator()
        var j = b.unicodeScalars.makeIterator()
        while true {
            switch (i.next(), j.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let x?, let y?):
                if x != y { return x.value < y.value ? -1 : 1 }
            }
        }
    }

    static func compareOrdering(_ op: PyComparison, _ ordering: Int) -> Bool {
        switch op {
        case .equal: return ordering == 0
        case .notEqual: return ordering != 0
        case .less: return ordering < 0
        case .lessOrEqual: return ordering <= 0
        case .greater: return ordering > 0
        case .greaterOrEqual: return ordering >= 0
        }
    }

    /// Python `==` as a Swift Bool.
    func valuesEqual(_ left: PyValue, _ right: PyValue) throws -> Bool {
        try withNestingLevel("in comparison") { try valuesEqualOneLevel(left, right) }
    }

    private func valuesEqualOneLevel(_ left: PyValue, _ right: PyValue) throws -> Bool {
        switch (left, right) {
        case (.str(let a), .str(let b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case (.list(let a), .list(let b)):
            if a === b { return true }
            return try sequencesEqual(a.items, b.items)
        case (.tuple(let a), .tuple(let b)): return try sequencesEqual(a, b)
        case (.dict(let a), .dict(let b)):
            if a === b { return true }
            guard a.count == b.count else { return false }
            for (key, value) in a.storage {
                guard let other = b.storage[key], try valuesEqual(value, other) else { return false }
            }
            return true
        case (.set(let a), .set(let b)), (.set(let a), .frozenset(let b)), (.frozenset(let a), .set(let b)),
            (.frozenset(let a), .frozenset(let b)):
            return a.storage.count == b.storage.count && a.storage.allSatisfy { b.storage.contains($0) }
        case (.host, _), (_, .host), (.instance, _), (_, .instance):
            if PyValue.identical(left, right) { return true }
            if case .host(let a) = left, case .host(let b) = right, a.pyKeyEquals(b) { return true }
            let result = try richCompareForEquality(left, right)
            return try isTruthy(result)
        default:
            if let a = left.numericValue, let b = right.numericValue { return a == b }
            return PyKey.keyEquals(left, right)
        }
    }

    private func richCompareForEquality(_ left: PyValue, _ right: PyValue) throws -> PyValue {
        if case .host(let object) = left, let result = try object.pyCompare(.equal, right) { return result }
        if case .host(let object) = right, let result = try object.pyCompare(.equal, left) { return result }
        if case .instance(let instance) = left, let method = instance.cls.lookup("__eq__"), instance.cls.builtinKind == nil {
            let result = try callValue(method, [left, right], [])
            if !isNotImplemented(result) { return result }
        }
        if case .instance(let instance) = right, let method = instance.cls.lookup("__eq__"), instance.cls.builtinKind == nil {
            let result = try callValue(method, [right, left], [])
            if !isNotImplemented(result) { return result }
        }
        return .bool(PyValue.identical(left, right))
    }

    private func sequencesEqual(_ a: [PyValue], _ b: [PyValue]) throws -> Bool {
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) where !PyValue.identical(x, y) {
            if try !valuesEqual(x, y) { return false }
        }
        return true
    }

    /// Ordering of two values (-1, 0, 1), or nil when they cannot be ordered.
    func order(_ left: PyValue, _ right: PyValue) throws -> Int? {
        switch (left, right) {
        case (.str(let a), .str(let b)): return PyInterpreter.compareStrings(a, b)
        case (.list(let a), .list(let b)): return try orderSequences(a.items, b.items)
        case (.tuple(let a), .tuple(let b)): return try orderSequences(a, b)
        case (.instance, _), (_, .instance), (.host, _), (_, .host):
            if try isTruthy(try richCompare(.less, left, right)) { return -1 }
            if try isTruthy(try richCompare(.greater, left, right)) { return 1 }
            return 0
        default:
            if let a = left.numericValue, let b = right.numericValue {
                switch (a, b) {
                case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
                default:
                    let x = a.doubleValue, y = b.doubleValue
                    return x < y ? -1 : (x > y ? 1 : 0)
                }
            }
            return nil
        }
    }

    private func orderSequences(_ a: [PyValue], _ b: [PyValue]) throws -> Int? {
        try withNestingLevel("in comparison") {
            for (x, y) in zip(a, b) {
                if try valuesEqual(x, y) { continue }
                guard let ordering = try order(x, y) else {
                    throw PyException.typeError(
                        "'<' not supported between instances of '\(typeOf(x).name)' and '\(typeOf(y).name)'")
                }
                return ordering
            }
            return a.count < b.count ? -1 : (a.count > b.count ? 1 : 0)
        }
    }

    /// Runs one level of a walk into nested values. Like CPython, nesting deeper than its recursion
    /// limit (1000) is a RecursionError: a structure thousands of levels deep would otherwise be walked
    /// once per level (quadratic time) or overflow the native stack.
    func withNestingLevel<T>(_ context: String, _ body: () throws -> T) throws -> T {
        nestingDepth += 1
        defer { nestingDepth -= 1 }
        if nestingDepth > PyInterpreter.maxNestingDepth || LargeStackExecutor.stackIsLow() {
            throw PyException(.recursionError, "maximum recursion depth exceeded \(context)")
        }
        return try body()
    }

    static let maxNestingDepth = 1000

    /// `a < b` for sorting (Python's sort uses only `<`).
    func lessThan(_ a: PyValue, _ b: PyValue) throws -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y
        case (.float(let x), .float(let y)): return x < y
        case (.str(let x), .str(let y)): return PyInterpreter.compareStrings(x, y) < 0
        default: return try isTruthy(try richCompare(.less, a, b))
        }
    }

    // MARK: Membership

    func contains(_ container: PyValue, _ item: PyValue) throws -> Bool {
        switch container {
        case .str(let s):
            guard case .str(let sub) = item else {
                throw PyException.typeError("'in <string>' requires string as left operand, not \(typeOf(item).name)")
            }
            return sub.isEmpty || s.contains(sub) && PyInterpreter.scalarFind(s, sub) != nil
        case .list(let list):
            for element in list.items where try PyValue.identical(element, item) || valuesEqual(element, item) { return true }
            return false
        case .tuple(let items):
            for element in items where try PyValue.identical(element, item) || valuesEqual(element, item) { return true }
            return false
        case .dict(let dict): return dict.storage[try PyKey(item)] != nil
        case .set(let set), .frozenset(let set):
            if case .set(let inner) = item { return set.storage.contains(try PyKey(.frozenset(inner))) }
            return set.storage.contains(try PyKey(item))
        case .range(let r):
            guard let v = item.asInt, item.numericValue != nil else {
                if case .float(let d) = item, d == d.rounded(), abs(d) < 9e18 { return try contains(container, .int(Int(d))) }
                return false
            }
            if r.step > 0 ? (v < r.start || v >= r.stop) : (v > r.start || v <= r.stop) { return false }
            let distance = r.step > 0 ? UInt(bitPattern: v &- r.start) : UInt(bitPattern: r.start &- v)
            return distance % r.step.magnitude == 0
        case .host(let object):
            if let result = try object.pyContains(item) { return result }
        case .instance(let instance):
            if let method = instance.cls.lookup("__contains__") {
                return try isTruthy(try callValue(method, [container, item], []))
            }
        case .iterator:
            break
        default:
            throw PyException.typeError("argument of type '\(typeOf(container).name)' is not iterable")
        }
        var found = false
        try iterate(container) { element in
            if try PyValue.identical(element, item) || self.valuesEqual(element, item) {
                found = true
                return false
            }
            return true
        }
        return found
    }

    /// Finds `needle` in `haystack` comparing Unicode scalars (not grapheme clusters): the scalar offset.
    static func scalarFind(_ haystack: String, _ needle: String, from start: Int = 0) -> Int? {
        let h = Array(haystack.unicodeScalars)
        let n = Array(needle.unicodeScalars)
        return scalarFind(h, n, from: start)
    }

    static func scalarFind(_ h: [Unicode.Scalar], _ n: [Unicode.Scalar], from start: Int = 0, end: Int? = nil) -> Int? {
        let limit = min(end ?? h.count, h.count)
        if n.isEmpty { return start <= limit ? max(start, 0) : nil }
        guard n.count <= limit else { return nil }
        var i = max(start, 0)
        while i + n.count <= limit {
            if h[i] == n[0] {
                var matched = true
                for k in 1..<n.count where h[i + k] != n[k] {
                    matched = false
                    break
                }
                if matched { return i }
            }
            i += 1
        }
        return nil
    }
}

extension PyNumber {
    var doubleValue: Double {
        switch self {
        case .int(let i): return Double(i)
        case .float(let d): return d
        }
    }
}
