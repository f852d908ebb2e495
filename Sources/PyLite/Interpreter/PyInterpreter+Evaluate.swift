/// Expression evaluation, names and assignment targets.
extension PyInterpreter {
    func eval(_ expr: Expr, _ frame: Frame) throws -> PyValue {
        switch expr.kind {
        case .constant(let value):
            return value
        case .name(let name):
            return try lookupName(name, frame, expr.position)
        case .binary(let op, let leftExpr, let rightExpr):
            let left = try eval(leftExpr, frame)
            let right = try eval(rightExpr, frame)
            frame.position = expr.position
            return try binaryOperation(op, left, right)
        case .call(let calleeExpr, let arguments):
            return try evalCall(expr, calleeExpr, arguments, frame)
        case .attribute(let objectExpr, let name):
            let object = try eval(objectExpr, frame)
            frame.position = expr.position
            try checkAttributeName(name, frame, object: object, objectExpr: objectExpr)
            if case .host = object { lastCallLine = expr.position.line }
            return try getAttribute(object, name)
        case .subscript(let objectExpr, let indexExpr):
            let object = try eval(objectExpr, frame)
            let index = try eval(indexExpr, frame)
            frame.position = expr.position
            return try getItem(object, index)
        case .compare(let first, let rest):
            return try evalCompare(first, rest, frame)
        case .and(let items):
            var value = PyValue.none
            for item in items {
                value = try eval(item, frame)
                frame.position = item.position
                if try !isTruthy(value) { return value }
            }
            return value
        case .or(let items):
            var value = PyValue.none
            for item in items {
                value = try eval(item, frame)
                frame.position = item.position
                if try isTruthy(value) { return value }
            }
            return value
        case .unary(let op, let operandExpr):
            let operand = try eval(operandExpr, frame)
            frame.position = expr.position
            return try unaryOperation(op, operand)
        case .conditional(let test, let body, let orElse):
            return try isTruthy(try eval(test, frame)) ? try eval(body, frame) : try eval(orElse, frame)
        case .list(let items):
            return .list(PyList(try evalItems(items, frame)))
        case .tuple(let items):
            return .tuple(try evalItems(items, frame))
        case .set(let items):
            let set = PySet()
            for item in try evalItems(items, frame) { try setInsert(set, item) }
            return .set(set)
        case .dict(let entries):
            let dict = PyDict()
            for entry in entries {
                if let keyExpr = entry.key {
                    let key = try eval(keyExpr, frame)
                    let value = try eval(entry.value, frame)
                    frame.position = keyExpr.position
                    try dictSet(dict, key, value)
                } else {
                    let mapping = try eval(entry.value, frame)
                    frame.position = entry.value.position
                    for (key, value) in try mappingPairs(mapping) { try dictSet(dict, key, value) }
                }
            }
            return .dict(dict)
        case .joinedString(let parts):
            return .str(try evalFString(parts, frame))
        case .lambda(let decl):
            return .function(try makeFunction(decl, frame))
        case .comprehension(let kind, let element, let value, let clauses):
            return try evalComprehension(kind, element, value, clauses, frame, expr.position)
        case .slice(let lower, let upper, let step):
            return .slice(PySlice(
                start: try lower.map { try eval($0, frame) } ?? PyValue.none,
                stop: try upper.map { try eval($0, frame) } ?? PyValue.none,
                step: try step.map { try eval($0, frame) } ?? PyValue.none))
        case .namedExpr(let name, let valueExpr):
            let value = try eval(valueExpr, frame)
            try assignName(name, value, frame)
            return value
        case .starred:
            throw PyException(.syntaxErrorName, "can't use starred expression here")
        // Statement forms (`yield v`, `x = yield v`, ...) suspend in `exec`; a `yield` nested in a larger
        // expression would need expression evaluation to be resumable too.
        case .yield:
            throw nestedYieldError("yield", expr)
        case .yieldFrom:
            throw nestedYieldError("yield from", expr)
        }
    }

    /// Evaluates display items, expanding `*iterable`.
    func evalItems(_ items: [Expr], _ frame: Frame) throws -> [PyValue] {
        var values: [PyValue] = []
        values.reserveCapacity(items.count)
        for item in items {
            if case .starred(let inner) = item.kind {
                let iterable = try eval(inner, frame)
                frame.position = inner.position
                values.append(contentsOf: try collect(iterable))
                try checkLength(values.count)
            } else {
                values.append(try eval(item, frame))
            }
        }
        return values
    }

    private func evalCompare(_ first: Expr, _ rest: [(ComparisonOperator, Expr)], _ frame: Frame) throws -> PyValue {
        var left = try eval(first, frame)
        var result = PyValue.bool(true)
        for (index, (op, rightExpr)) in rest.enumerated() {
            let right = try eval(rightExpr, frame)
            frame.position = rightExpr.position
            result = try compareOperation(op, left, right)
            if index < rest.count - 1 {
                if try !isTruthy(result) { return result }
            }
            left = right
        }
        return result
    }

    private func evalCall(_ expr: Expr, _ calleeExpr: Expr, _ arguments: [CallArgument], _ frame: Frame) throws -> PyValue {
        if case .attribute(let objectExpr, let name) = calleeExpr.kind {
            let object = try eval(objectExpr, frame)
            frame.position = calleeExpr.position
            try checkAttributeName(name, frame, object: object, objectExpr: objectExpr)
            let (positional, keyword) = try evalArguments(arguments, frame)
            frame.position = expr.position
            lastCallLine = expr.position.line
            return try callMethod(object, name, positional, keyword)
        }
        if case .name("super") = calleeExpr.kind, arguments.isEmpty, frame.locals["super"] == nil,
            frame.globals.namespace["super"] == nil
        {
            return try zeroArgumentSuper(frame)
        }
        let callee = try eval(calleeExpr, frame)
        let (positional, keyword) = try evalArguments(arguments, frame)
        frame.position = expr.position
        lastCallLine = expr.position.line
        return try callValue(callee, positional, keyword)
    }

    func evalArguments(_ arguments: [CallArgument], _ frame: Frame) throws -> ([PyValue], [(name: String, value: PyValue)]) {
        var positional: [PyValue] = []
        var keyword: [(name: String, value: PyValue)] = []
        positional.reserveCapacity(arguments.count)
        for argument in arguments {
            switch argument {
            case .positional(let e):
                positional.append(try eval(e, frame))
            case .starred(let e):
                let value = try eval(e, frame)
                frame.position = e.position
                positional.append(contentsOf: try collect(value))
            case .keyword(let name, let e):
                keyword.append((name, try eval(e, frame)))
            case .doubleStarred(let e):
                let mapping = try eval(e, frame)
                frame.position = e.position
                for (key, value) in try mappingPairs(mapping) {
                    guard case .str(let name) = key else { throw PyException.typeError("keywords must be strings") }
                    if keyword.contains(where: { $0.name == name }) {
                        throw PyException.typeError("got multiple values for keyword argument '\(name)'")
                    }
                    keyword.append((name, value))
                }
            }
        }
        return (positional, keyword)
    }

    // MARK: Names

    func lookupName(_ name: String, _ frame: Frame, _ position: SourcePosition) throws -> PyValue {
        switch frame.kind {
        case .function, .comprehension:
            // Only local names are ever stored in `locals`, so a hit needs no further check.
            if let value = frame.locals[name] { return value }
            if frame.localNames.contains(name) {
                frame.position = position
                throw PyException(
                    .unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
            }
            if !frame.globalNames.contains(name), let owner = frame.enclosingOwner(of: name) {
                if let value = owner.locals[name] { return value }
                frame.position = position
                throw PyException(
                    .nameError,
                    "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
            }
        case .classBody:
            if let value = frame.locals[name] { return value }
            if let owner = frame.enclosingOwner(of: name), let value = owner.locals[name] { return value }
        case .module:
            break
        }
        if let value = frame.globals.namespace[name] { return value }
        if let value = builtins[name] { return value }
        frame.position = position
        if Sandbox.refusedNames.contains(name) {
            throw sandboxError("the name '\(name)'", frame)
        }
        throw PyException(.nameError, "name '\(name)' is not defined")
    }

    func assignName(_ name: String, _ value: PyValue, _ frame: Frame) throws {
        switch frame.kind {
        case .module:
            frame.globals.namespace[name] = value
        case .classBody:
            frame.locals[name] = value
        case .function, .comprehension:
            if let index = frame.locals.index(forKey: name) {
                frame.locals.values[index] = value
            } else if frame.localNames.contains(name) {
                frame.locals[name] = value
            } else if frame.globalNames.contains(name) {
                frame.globals.namespace[name] = value
            } else if let owner = frame.enclosingOwner(of: name) {
                owner.locals[name] = value
            } else if frame.kind == .comprehension, let parent = frame.parent {
                try assignName(name, value, parent)
            } else if frame.kind == .comprehension {
                frame.globals.namespace[name] = value
            } else {
                frame.locals[name] = value
            }
        }
    }

    func deleteName(_ name: String, _ frame: Frame) throws {
        switch frame.kind {
        case .module:
            if frame.globals.namespace.removeValue(forKey: name) == nil {
                throw PyException(.nameError, "name '\(name)' is not defined")
            }
        case .classBody, .function, .comprehension:
            if frame.globalNames.contains(name) {
                if frame.globals.namespace.removeValue(forKey: name) == nil {
                    throw PyException(.nameError, "name '\(name)' is not defined")
                }
            } else if frame.locals.removeValue(forKey: name) == nil {
                throw PyException(
                    .unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
            }
        }
    }

    // MARK: Assignment targets

    func assign(_ target: Expr, _ value: PyValue, _ frame: Frame) throws {
        switch target.kind {
        case .name(let name):
            try assignName(name, value, frame)
        case .attribute(let objectExpr, let name):
            let object = try eval(objectExpr, frame)
            frame.position = target.position
            try checkAttributeName(name, frame)
            try setAttribute(object, name, value)
        case .subscript(let objectExpr, let indexExpr):
            let object = try eval(objectExpr, frame)
            let index = try eval(indexExpr, frame)
            frame.position = target.position
            try setItem(object, index, value)
        case .tuple(let targets), .list(let targets):
            frame.position = target.position
            try unpack(targets, value, frame)
        case .starred:
            throw PyException(.syntaxErrorName, "starred assignment target must be in a list or tuple")
        default:
            throw PyException(.syntaxErrorName, "cannot assign to expression")
        }
    }

    private func unpack(_ targets: [Expr], _ value: PyValue, _ frame: Frame) throws {
        let items = try collect(value, unpacking: true)
        let starIndex = targets.firstIndex { if case .starred = $0.kind { return true } else { return false } }
        if let starIndex {
            let after = targets.count - starIndex - 1
            guard items.count >= targets.count - 1 else {
                throw PyException.valueError(
                    "not enough values to unpack (expected at least \(targets.count - 1), got \(items.count))")
            }
            for k in 0..<starIndex { try assign(targets[k], items[k], frame) }
            if case .starred(let inner) = targets[starIndex].kind {
                try assign(inner, .list(PyList(Array(items[starIndex..<(items.count - after)]))), frame)
            }
            for k in 0..<after { try assign(targets[starIndex + 1 + k], items[items.count - after + k], frame) }
            return
        }
        if items.count > targets.count {
            throw PyException.valueError("too many values to unpack (expected \(targets.count))")
        }
        if items.count < targets.count {
            throw PyException.valueError("not enough values to unpack (expected \(targets.count), got \(items.count))")
        }
        for (target, item) in zip(targets, items) { try assign(target, item, frame) }
    }

    func delete(_ target: Expr, _ frame: Frame) throws {
        frame.position = target.position
        switch target.kind {
        case .name(let name):
            try deleteName(name, frame)
        case .subscript(let objectExpr, let indexExpr):
            let object = try eval(objectExpr, frame)
            let index = try eval(indexExpr, frame)
            frame.position = target.position
            try deleteItem(object, index)
        case .attribute(let objectExpr, let name):
            let object = try eval(objectExpr, frame)
            try checkAttributeName(name, frame)
            if case .instance(let instance) = object, let frozenError = instance.cls.frozenInstanceError {
                throw PyException(exceptionClass: frozenError, "cannot delete field '\(name)'")
            }
            guard case .instance(let instance) = object, instance.attributes.removeValue(forKey: name) != nil else {
                throw PyException.attributeError("'\(typeOf(object).name)' object has no attribute '\(name)'")
            }
        case .tuple(let items), .list(let items):
            for item in items { try delete(item, frame) }
        default:
            throw PyException(.syntaxErrorName, "cannot delete expression")
        }
    }

    // MARK: Comprehensions and generators

    private func evalComprehension(
        _ kind: ComprehensionKind, _ element: Expr, _ value: Expr?, _ clauses: [ComprehensionClause], _ frame: Frame,
        _ position: SourcePosition
    ) throws -> PyValue {
        var names: Set<String> = []
        for clause in clauses { collectTargetNames(clause.target, into: &names) }
        let parent: Frame? = frame.kind == .module ? nil : (frame.kind == .classBody ? frame.parent : frame)
        let scope = Frame(
            kind: .comprehension, localNames: names, parent: parent, globals: frame.globals,
            functionName: kind == .generator ? "<genexpr>" : kind == .dict ? "<dictcomp>" : kind == .set ? "<setcomp>" : "<listcomp>",
            position: position, function: frame.function)
        // The first iterable is evaluated in the enclosing scope.
        guard let firstClause = clauses.first else { return .none }
        let firstIterable = try eval(firstClause.iterable, frame)
        if kind == .generator {
            frame.position = firstClause.iterable.position
            return .iterator(lazyGeneratorExpression(element, clauses, scope, try makeIterator(firstIterable)))
        }
        var results: [PyValue] = []
        let dict = kind == .dict ? PyDict() : nil
        let set = kind == .set ? PySet() : nil
        func run(_ clauseIndex: Int, _ iterable: PyValue) throws {
            let clause = clauses[clauseIndex]
            scope.position = clause.iterable.position
            try iterate(iterable) { item in
                try self.tick(scope)
                try self.assign(clause.target, item, scope)
                for condition in clause.conditions {
                    if try !self.isTruthy(try self.eval(condition, scope)) { return true }
                }
                if clauseIndex + 1 < clauses.count {
                    let next = try self.eval(clauses[clauseIndex + 1].iterable, scope)
                    try run(clauseIndex + 1, next)
                } else if let dict, let value {
                    let key = try self.eval(element, scope)
                    let v = try self.eval(value, scope)
                    try self.dictSet(dict, key, v)
                } else if let set {
                    try self.setInsert(set, try self.eval(element, scope))
                } else {
                    results.append(try self.eval(element, scope))
                    if results.count > self.limits.maxCollectionLength { try self.checkLength(results.count) }
                }
                return true
            }
        }
        do {
            try run(0, firstIterable)
        } catch let error as PyRaised {
            throw error
        } catch let error where isCatchable(error) {
            throw normalize(error, frame: scope, addFrame: false)
        }
        switch kind {
        // Generator expressions returned their lazy iterator above.
        case .list, .generator: return .list(PyList(results))
        case .dict: return .dict(dict ?? PyDict())
        case .set: return .set(set ?? PySet())
        }
    }

    private func nestedYieldError(_ construct: String, _ expr: Expr) -> PyError {
        .unsupported(
            "'\(construct)' inside a larger expression is not supported by the embedded engine (line \(expr.position.line)); "
                + "write it as a statement of its own, such as `x = \(construct) value`")
    }

    func collectTargetNames(_ expr: Expr, into names: inout Set<String>) {
        switch expr.kind {
        case .name(let name): names.insert(name)
        case .tuple(let items), .list(let items): items.forEach { collectTargetNames($0, into: &names) }
        case .starred(let inner): collectTargetNames(inner, into: &names)
        default: break
        }
    }

}

extension PyException.TypeName {
    static let syntaxErrorName: PyException.TypeName = "SyntaxError"
}
