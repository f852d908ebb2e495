/// Statement execution.
enum ExecResult {
    case normal
    case breakLoop
    case continueLoop
    case returned(PyValue)
    /// A generator's body stopped at a `yield` (the statements on the way recorded where, see `GeneratorState`).
    case suspended
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
        for index in statements.indices {
            let result = try exec(statements[index], frame)
            if case .normal = result { continue }
            if case .suspended = result { frame.suspend(at: .block(index)) }
            return result
        }
        return .normal
    }

    func exec(_ statement: Stmt, _ frame: Frame) throws -> ExecResult {
        frame.position = statement.position
        try tick(frame)
        switch statement.kind {
        case .expression(let expr):
            if expr.isYield { return try execYieldStatement(statement, expr, frame) }
            _ = try eval(expr, frame)
        case .assign(let targets, let valueExpr):
            if valueExpr.isYield { return try execYieldStatement(statement, valueExpr, frame) }
            let value = try eval(valueExpr, frame)
            for target in targets { try assign(target, value, frame) }
        case .augmentedAssign(let target, let op, let valueExpr):
            if valueExpr.isYield { return try execYieldStatement(statement, valueExpr, frame) }
            try execAugmentedAssign(target, op, valueExpr, frame)
        case .annotatedAssign(let target, let annotation, let valueExpr):
            if let valueExpr, valueExpr.isYield { return try execYieldStatement(statement, valueExpr, frame) }
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
            if let expr, expr.isYield { return try execYieldStatement(statement, expr, frame) }
            return .returned(try expr.map { try eval($0, frame) } ?? PyValue.none)
        case .ifStatement(let test, let body, let orElse):
            let taken = try isTruthy(try eval(test, frame))
            let result = try execBlock(taken ? body : orElse, frame)
            if case .suspended = result { frame.suspend(at: .branch(taken: taken)) }
            return result
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
            return try execWith(items[...], body, frame, resumed: nil)
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

    func execAugmentedAssign(_ target: Expr, _ op: BinaryOperator, _ valueExpr: Expr, _ frame: Frame) throws {
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

    /// A `while` loop; `resumingBody` re-enters a generator's body suspended inside the loop body.
    func execWhile(
        _ test: Expr, _ body: [Stmt], _ orElse: [Stmt], _ frame: Frame, resumingBody: Bool = false
    ) throws -> ExecResult {
        try execResumableLoop(body, orElse, frame, resumingBody: resumingBody, iterator: nil) {
            frame.position = test.position
            try tick(frame)
            return try isTruthy(try eval(test, frame))
        }
    }

    /// The loop `while` and a generator's `for` share: `advance` readies the next pass (false ends the loop),
    /// `resumingBody` re-enters a body suspended in a generator, and a suspension keeps `iterator`.
    private func execResumableLoop(
        _ body: [Stmt], _ orElse: [Stmt], _ frame: Frame, resumingBody: Bool, iterator: PyIterator?,
        advance: () throws -> Bool
    ) throws -> ExecResult {
        var resuming = resumingBody
        while true {
            let result: ExecResult
            if resuming {
                resuming = false
                result = try resumeBlock(body, frame)
            } else {
                guard try advance() else { break }
                result = try execBlock(body, frame)
            }
            switch result {
            case .normal, .continueLoop: continue
            case .breakLoop: return .normal
            case .returned: return result
            case .suspended:
                frame.suspend(at: .loopBody(iterator))
                return .suspended
            }
        }
        return try execLoopElse(orElse, frame, resuming: false)
    }

    /// The `else` block of a loop that ended without `break`.
    func execLoopElse(_ orElse: [Stmt], _ frame: Frame, resuming: Bool) throws -> ExecResult {
        let result = resuming ? try resumeBlock(orElse, frame) : try execBlock(orElse, frame)
        if case .suspended = result { frame.suspend(at: .loopElse) }
        return result
    }

    private func execFor(
        _ target: Expr, _ iterableExpr: Expr, _ body: [Stmt], _ orElse: [Stmt], _ frame: Frame
    ) throws -> ExecResult {
        let iterable = try eval(iterableExpr, frame)
        frame.position = iterableExpr.position
        if frame.generatorState != nil {
            // A generator may suspend inside the body: the loop's position must live in an iterator it can keep.
            return try execForIterator(target, try makeIterator(iterable), body, orElse, frame, resumingBody: false)
        }
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
            case .suspended:
                throw PyError.unsupported("internal: a frame that is not a generator's suspended")
            }
        }
        if broke { return outcome }
        return try execBlock(orElse, frame)
    }

    /// A `for` loop in a generator's frame, over an explicit iterator.
    func execForIterator(
        _ target: Expr, _ iterator: PyIterator, _ body: [Stmt], _ orElse: [Stmt], _ frame: Frame, resumingBody: Bool
    ) throws -> ExecResult {
        try execResumableLoop(body, orElse, frame, resumingBody: resumingBody, iterator: iterator) {
            guard let item = try iterator.next() else { return false }
            try tick(frame)
            try assign(target, item, frame)
            return true
        }
    }

    /// A `try` statement. `resume` re-enters a generator suspended inside it: in the body, a handler, the `else`
    /// block or the `finally` block.
    func execTry(
        _ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], _ finalBody: [Stmt], _ frame: Frame,
        resume: SuspensionPoint? = nil
    ) throws -> ExecResult {
        if case .tryFinally(let pending)? = resume {
            return try execFinally(finalBody, frame, pending, resuming: true)
        }
        let result: ExecResult
        do {
            result = try execTryClauses(body, handlers, orElse, frame, resume: resume)
        } catch let error where !finalBody.isEmpty && isCatchable(error) {
            return try execFinally(finalBody, frame, .error(error), resuming: false)
        }
        if case .suspended = result { return result }
        if !finalBody.isEmpty { return try execFinally(finalBody, frame, .result(result), resuming: false) }
        return result
    }

    /// Runs a `finally` block, then continues with `pending` unless the block itself breaks, continues, returns
    /// or raises.
    private func execFinally(_ finalBody: [Stmt], _ frame: Frame, _ pending: PendingOutcome, resuming: Bool) throws -> ExecResult {
        let finalResult = resuming ? try resumeBlock(finalBody, frame) : try execBlock(finalBody, frame)
        switch finalResult {
        case .normal: break
        case .suspended:
            frame.suspend(at: .tryFinally(pending))
            return .suspended
        default:
            return finalResult
        }
        switch pending {
        case .result(let result): return result
        case .error(let error): throw error
        }
    }

    /// The body, handlers and `else` block of a `try` statement.
    private func execTryClauses(
        _ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], _ frame: Frame, resume: SuspensionPoint?
    ) throws -> ExecResult {
        switch resume {
        case .tryHandler(let index, let exception)?:
            guard index < handlers.count else { throw PyError.generatorResumeMismatch }
            return try execHandler(handlers[index], index, exception, frame, resuming: true)
        case .tryElse?:
            return try execTryElse(orElse, frame, resuming: true)
        default:
            break
        }
        let result: ExecResult
        do {
            if case .tryBody? = resume {
                result = try resumeBlock(body, frame)
            } else {
                result = try execBlock(body, frame)
            }
        } catch let error where !handlers.isEmpty && isCatchable(error) {
            guard let raised = normalize(error, frame: frame, addFrame: false) as? PyRaised else { throw error }
            guard let index = try matchingHandler(handlers, raised.exception, frame) else { throw raised }
            let handler = handlers[index]
            if let name = handler.name { try assignName(name, .instance(raised.exception), frame) }
            return try execHandler(handler, index, raised.exception, frame, resuming: false)
        }
        switch result {
        case .normal: return try execTryElse(orElse, frame, resuming: false)
        case .suspended:
            frame.suspend(at: .tryBody)
            return .suspended
        default: return result
        }
    }

    private func execTryElse(_ orElse: [Stmt], _ frame: Frame, resuming: Bool) throws -> ExecResult {
        let result = resuming ? try resumeBlock(orElse, frame) : try execBlock(orElse, frame)
        if case .suspended = result { frame.suspend(at: .tryElse) }
        return result
    }

    private func execHandler(
        _ handler: ExceptHandler, _ index: Int, _ exception: PyInstance, _ frame: Frame, resuming: Bool
    ) throws -> ExecResult {
        handledExceptions.append(exception)
        defer { handledExceptions.removeLast() }
        let result: ExecResult
        do {
            result = resuming ? try resumeBlock(handler.body, frame) : try execBlock(handler.body, frame)
        } catch let inner as PyRaised {
            if case .none = inner.exception.context, inner.exception !== exception {
                inner.exception.context = .instance(exception)
            }
            throw inner
        }
        if case .suspended = result {
            frame.suspend(at: .tryHandler(index, exception))
            return .suspended
        }
        if let name = handler.name { try? deleteName(name, frame) }
        return result
    }

    func isCatchable(_ error: Error) -> Bool {
        if let pyError = error as? PyError { return !pyError.isUncatchable }
        return true
    }

    private func matchingHandler(_ handlers: [ExceptHandler], _ exception: PyInstance, _ frame: Frame) throws -> Int? {
        for (index, handler) in handlers.enumerated() {
            guard let typeExpr = handler.type else { return index }
            let type = try eval(typeExpr, frame)
            if try exceptionMatches(exception, type) { return index }
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

    /// A `with` statement (one level per item). `resumed` re-enters a generator suspended in the body, with the
    /// context manager entered before it suspended.
    func execWith(
        _ items: ArraySlice<(Expr, Expr?)>, _ body: [Stmt], _ frame: Frame, resumed: (manager: PyValue, exit: PyValue)?
    ) throws -> ExecResult {
        let manager: PyValue
        let exit: PyValue
        if let resumed {
            (manager, exit) = resumed
        } else {
            guard let (contextExpr, target) = items.first else { return try execBlock(body, frame) }
            manager = try eval(contextExpr, frame)
            frame.position = contextExpr.position
            guard case .instance(let instance) = manager, let enter = instance.cls.lookup("__enter__"),
                let exitMethod = instance.cls.lookup("__exit__")
            else {
                throw PyError.unsupported(
                    "'with' on a '\(typeOf(manager).name)' object is not supported by the embedded engine (line \(contextExpr.position.line))")
            }
            exit = exitMethod
            let entered = try callValue(enter, [manager], [])
            if let target { try assign(target, entered, frame) }
        }
        let rest = items.dropFirst()
        let result: ExecResult
        do {
            if resumed != nil {
                if rest.isEmpty {
                    result = try resumeBlock(body, frame)
                } else {
                    guard case .withBody(let innerManager, let innerExit) = try popSuspension(frame) else {
                        throw PyError.generatorResumeMismatch
                    }
                    result = try execWith(rest, body, frame, resumed: (innerManager, innerExit))
                }
            } else {
                result = rest.isEmpty ? try execBlock(body, frame) : try execWith(rest, body, frame, resumed: nil)
            }
        } catch let error where isCatchable(error) {
            guard let raised = normalize(error, frame: frame, addFrame: false) as? PyRaised else { throw error }
            let exception = PyValue.instance(raised.exception)
            let suppress = try callValue(exit, [manager, .classObject(raised.exception.cls), exception, .none], [])
            if try isTruthy(suppress) { return .normal }
            throw raised
        }
        if case .suspended = result {
            frame.suspend(at: .withBody(manager: manager, exit: exit))
            return .suspended
        }
        _ = try callValue(exit, [manager, .none, .none, .none], [])
        return result
    }
}
