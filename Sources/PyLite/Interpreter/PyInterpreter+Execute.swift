/// Statement execution.
enum ExecResult {
    case normal
    case breakLoop
    case continueLoop
    case returned(PyValue)
}

extension PyInterpreter {
    @inline(__always)
    func tick(_ frame: Frame) throws {
        steps &+= 1
        if steps & 1023 == 0 || steps > limits.maxSteps { try checkBudget(frame) }
    }

    func checkBudget(_ frame: Frame) throws {
        if steps > limits.maxSteps {
            var error = PyError.timeLimit("the program exceeded its budget of \(limits.maxSteps) interpreter steps")
            error.position = frame.position
            throw error
        }
        do {
            try checkDeadline()
            if steps & 0xFFFF == 0 { try checkMemory() }
        } catch var error as PyError {
            error.position = frame.position
            throw error
        }
    }

    func execBlock(_ statements: [Stmt], _ frame: Frame) throws -> ExecResult {
        for statement in statements {
            let result = try exec(statement, frame)
            if case .normal = result { continue }
            return result
        }
        return .normal
    }

    func exec(_ statement: Stmt, _ frame: Frame) throws -> ExecResult {
        frame.position = statement.position
        try tick(frame)
        switch statement.kind {
        case .expression(let expr):
            _ = try eval(expr, frame)
        case .assign(let targets, let valueExpr):
            let value = try eval(valueExpr, frame)
            for target in targets { try assign(target, value, frame) }
        case .augmentedAssign(let target, let op, let valueExpr):
            try execAugmentedAssign(target, op, valueExpr, frame)
        case .annotatedAssign(let target, let annotation, let valueExpr):
            if frame.kind != .function, case .name(let name) = target.kind {
                let value = frame.globals.postponedAnnotations ? PyValue.str("annotation") : try eval(annotation, frame)
                if frame.kind == .classBody {
                    // Recorded in order for `dataclasses`.
                    if case .dict(let annotations)? = frame.locals["__annotations__"] {
                        annotations.set(name, value)
                    } else {
                        let annotations = PyDict()
                        annotations.set(name, value)
                        frame.locals["__annotations__"] = .dict(annotations)
                    }
                }
            }
            if let valueExpr { try assign(target, try eval(valueExpr, frame), frame) }
        case .pass, .global, .nonlocal:
            break
        case .breakLoop:
            return .breakLoop
        case .continueLoop:
            return .continueLoop
        case .returnValue(let expr):
            return .returned(try expr.map { try eval($0, frame) } ?? PyValue.none)
        case .ifStatement(let test, let body, let orElse):
            if try isTruthy(try eval(test, frame)) { return try execBlock(body, frame) }
            return try execBlock(orElse, frame)
        case .whileLoop(let test, let body, let orElse):
            return try execWhile(test, body, orElse, frame)
        case .forLoop(let target, let iterableExpr, let body, let orElse):
            return try execFor(target, iterableExpr, body, orElse, frame)
        case .tryStatement(let body, let handlers, let orElse, let finalBody):
            return try execTry(body, handlers, orElse, finalBody, frame)
        case .raise(let expr, let cause):
            try execRaise(expr, cause, statement, frame)
        case .assert(let test, let message):
            if try !isTruthy(try eval(test, frame)) {
                let arguments = try message.map { [try eval($0, frame)] } ?? []
                frame.position = statement.position
                throw PyException(.assertionError, arguments: arguments)
            }
        case .delete(let targets):
            for target in targets { try delete(target, frame) }
        case .functionDef(let decl, let decorators):
            var value = PyValue.function(try makeFunction(decl, frame))
            value = try applyDecorators(decorators, value, frame)
            try assignName(decl.name, value, frame)
        case .classDef(let name, let bases, let body, let decorators):
            var value = try makeClass(name, bases, body, statement, frame)
            value = try applyDecorators(decorators, value, frame)
            try assignName(name, value, frame)
        case .importModules(let aliases):
            try execImport(aliases, frame)
        case .importFrom(let module, let level, let names):
            try execImportFrom(module, level, names, frame)
        case .with(let items, let body):
            return try execWith(items, body, frame)
        }
        return .normal
    }

    private func applyDecorators(_ decorators: [Expr], _ value: PyValue, _ frame: Frame) throws -> PyValue {
        var result = value
        let evaluated = try decorators.map { try eval($0, frame) }
        for (decorator, expr) in zip(evaluated, decorators).reversed() {
            frame.position = expr.position
            result = try callValue(decorator, [result], [])
        }
        return result
    }

    private func execAugmentedAssign(_ target: Expr, _ op: BinaryOperator, _ valueExpr: Expr, _ frame: Frame) throws {
        switch target.kind {
        case .name(let name):
            let current = try lookupName(name, frame, target.position)
            let value = try eval(valueExpr, frame)
            frame.position = target.position
            try assignName(name, try inPlaceOperation(op, current, value), frame)
        case .attribute(let objectExpr, let name):
            let object = try eval(objectExpr, frame)
            try checkAttributeName(name, frame)
            frame.position = target.position
            let current = try getAttribute(object, name)
            let value = try eval(valueExpr, frame)
            frame.position = target.position
            try setAttribute(object, name, try inPlaceOperation(op, current, value))
        case .subscript(let objectExpr, let indexExpr):
            let object = try eval(objectExpr, frame)
            let index = try eval(indexExpr, frame)
            frame.position = target.position
            let current = try getItem(object, index)
            let value = try eval(valueExpr, frame)
            frame.position = target.position
            try setItem(object, index, try inPlaceOperation(op, current, value))
        default:
            throw PyException(.typeError, "illegal expression for augmented assignment")
        }
    }

    private func execWhile(_ test: Expr, _ body: [Stmt], _ orElse: [Stmt], _ frame: Frame) throws -> ExecResult {
        while true {
            frame.position = test.position
            try tick(frame)
            guard try isTruthy(try eval(test, frame)) else { break }
            switch try execBlock(body, frame) {
            case .normal, .continueLoop: continue
            case .breakLoop: return .normal
            case .returned(let value): return .returned(value)
            }
        }
        return try execBlock(orElse, frame)
    }

    private func execFor(
        _ target: Expr, _ iterableExpr: Expr, _ body: [Stmt], _ orElse: [Stmt], _ frame: Frame
    ) throws -> ExecResult {
        let iterable = try eval(iterableExpr, frame)
        frame.position = iterableExpr.position
        var outcome: ExecResult = .normal
        var broke = false
        try iterate(iterable) { item in
            try self.tick(frame)
            try self.assign(target, item, frame)
            switch try self.execBlock(body, frame) {
            case .normal, .continueLoop: return true
            case .breakLoop:
                broke = true
                return false
            case .returned(let value):
                outcome = .returned(value)
                broke = true
                return false
            }
        }
        if broke { return outcome }
        return try execBlock(orElse, frame)
    }

    private func execTry(
        _ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], _ finalBody: [Stmt], _ frame: Frame
    ) throws -> ExecResult {
        var result: ExecResult = .normal
        do {
            var raisedInBody = false
            do {
                result = try execBlock(body, frame)
            } catch let error where !handlers.isEmpty && isCatchable(error) {
                raisedInBody = true
                guard let raised = normalize(error, frame: frame, addFrame: false) as? PyRaised else { throw error }
                guard let handler = try matchingHandler(handlers, raised.exception, frame) else { throw raised }
                if let name = handler.name { try assignName(name, .instance(raised.exception), frame) }
                handledExceptions.append(raised.exception)
                defer { handledExceptions.removeLast() }
                do {
                    result = try execBlock(handler.body, frame)
                } catch let inner as PyRaised {
                    if case .none = inner.exception.context, inner.exception !== raised.exception {
                        inner.exception.context = .instance(raised.exception)
                    }
                    throw inner
                }
                if let name = handler.name { try? deleteName(name, frame) }
            }
            if !raisedInBody, case .normal = result {
                result = try execBlock(orElse, frame)
            }
        } catch {
            if !finalBody.isEmpty && isCatchable(error) {
                let finalResult = try execBlock(finalBody, frame)
                if case .normal = finalResult {} else { return finalResult }
            }
            throw error
        }
        if !finalBody.isEmpty {
            let finalResult = try execBlock(finalBody, frame)
            if case .normal = finalResult {} else { return finalResult }
        }
        return result
    }

    func isCatchable(_ error: Error) -> Bool {
        if let pyError = error as? PyError { return !pyError.isUncatchable }
        return true
    }

    private func matchingHandler(_ handlers: [ExceptHandler], _ exception: PyInstance, _ frame: Frame) throws -> ExceptHandler? {
        for handler in handlers {
            guard let typeExpr = handler.type else { return handler }
            let type = try eval(typeExpr, frame)
            if try exceptionMatches(exception, type) { return handler }
        }
        return nil
    }

    func exceptionMatches(_ exception: PyInstance, _ type: PyValue) throws -> Bool {
        switch type {
        case .classObject(let cls):
            guard cls.isSubclass(of: types.baseException) else {
                throw PyException.typeError("catching classes that do not inherit from BaseException is not allowed")
            }
            return exception.cls.isSubclass(of: cls)
        case .tuple(let items):
            for item in items where try exceptionMatches(exception, item) { return true }
            return false
        default:
            throw PyException.typeError("catching classes that do not inherit from BaseException is not allowed")
        }
    }

    private func execRaise(_ expr: Expr?, _ causeExpr: Expr?, _ statement: Stmt, _ frame: Frame) throws {
        guard let expr else {
            guard let active = handledExceptions.last else {
                throw PyException(.runtimeError, "No active exception to reraise")
            }
            throw PyRaised(exception: active)
        }
        let value = try eval(expr, frame)
        frame.position = statement.position
        let instance = try exceptionInstance(from: value)
        if let causeExpr {
            let cause = try eval(causeExpr, frame)
            instance.suppressContext = true
            switch cause {
            case .none: instance.cause = .none
            default: instance.cause = .instance(try exceptionInstance(from: cause))
            }
        }
        if let active = handledExceptions.last, active !== instance, case .none = instance.context {
            instance.context = .instance(active)
        }
        instance.position = statement.position
        instance.traceback = []
        throw PyRaised(exception: instance)
    }

    /// `raise X` accepts an exception class (instantiated without arguments) or an exception instance.
    func exceptionInstance(from value: PyValue) throws -> PyInstance {
        switch value {
        case .classObject(let cls) where cls.isSubclass(of: types.baseException):
            guard case .instance(let instance) = try callValue(value, [], []) else {
                throw PyException.typeError("exceptions must derive from BaseException")
            }
            return instance
        case .instance(let instance) where instance.cls.isSubclass(of: types.baseException):
            return instance
        default:
            throw PyException.typeError("exceptions must derive from BaseException")
        }
    }

    private func execWith(_ items: [(Expr, Expr?)], _ body: [Stmt], _ frame: Frame) throws -> ExecResult {
        guard let (contextExpr, target) = items.first else { return try execBlock(body, frame) }
        let manager = try eval(contextExpr, frame)
        frame.position = contextExpr.position
        guard case .instance(let instance) = manager, let enter = instance.cls.lookup("__enter__"),
            let exit = instance.cls.lookup("__exit__")
        else {
            throw PyError.unsupported(
                "'with' on a '\(typeOf(manager).name)' object is not supported by the embedded engine (line \(contextExpr.position.line))")
        }
        let entered = try callValue(enter, [manager], [])
        if let target { try assign(target, entered, frame) }
        let rest = Array(items.dropFirst())
        let result: ExecResult
        do {
            result = rest.isEmpty ? try execBlock(body, frame) : try execWith(rest, body, frame)
        } catch let error where isCatchable(error) {
            guard let raised = normalize(error, frame: frame, addFrame: false) as? PyRaised else { throw error }
            let exception = PyValue.instance(raised.exception)
            let suppress = try callValue(exit, [manager, .classObject(raised.exception.cls), exception, .none], [])
            if try isTruthy(suppress) { return .normal }
            throw raised
        }
        _ = try callValue(exit, [manager, .none, .none, .none], [])
        return result
    }
}
