/// Generators: a generator function's call returns a `PyGenerator` whose body runs only when it is resumed.
///
/// Design: statement execution is resumable. A `yield` statement stores the yielded value and returns
/// `ExecResult.suspended`; each enclosing statement of the same frame records its position (block index, loop
/// iterator, `try` phase, `with` manager) on the frame's `GeneratorState` while returning. Resuming walks the body
/// again from the outermost recorded point down to the `yield`, which then receives the sent value (or raises
/// the thrown exception) and execution continues normally. Only the generator's own frame suspends: calls it
/// makes run to completion, so the cost is paid only at `yield`s and in the loops that enclose them.
extension PyInterpreter {
    func makeGenerator(_ function: PyFunction, _ frame: Frame) -> PyValue {
        frame.generatorState = GeneratorState()
        return .iterator(PyIterator(generator: PyGenerator(frame: frame, body: function.decl.body, interpreter: self)))
    }

    /// Runs the generator's body until its next `yield` (the value) or its end (nil; `returnValue` holds what it
    /// returned). `throwing` raises that exception at the suspended `yield` instead of sending a value.
    func resumeGenerator(_ generator: PyGenerator, sending: PyValue, throwing: Error?) throws -> PyValue? {
        if generator.running { throw PyException.valueError("generator already executing") }
        if generator.finished {
            if let throwing { throw throwing }
            return nil
        }
        let frame = generator.frame
        guard let state = frame.generatorState else { throw PyError.generatorResumeMismatch }
        if !generator.started && throwing == nil && !sending.isNone {
            throw PyException.typeError("can't send non-None value to a just-started generator")
        }
        callDepth += 1
        defer { callDepth -= 1 }
        if callDepth > limits.maxRecursionDepth || LargeStackExecutor.stackIsLow() {
            throw PyException(.recursionError, "maximum recursion depth exceeded")
        }
        generator.running = true
        defer { generator.running = false }
        state.sent = sending
        state.thrown = throwing
        let result: ExecResult
        do {
            // No step is counted here: every statement the body runs counts its own.
            if generator.started {
                result = try resumeBlock(generator.body, frame)
            } else {
                generator.started = true
                if let throwing { throw throwing }
                result = try execBlock(generator.body, frame)
            }
        } catch {
            generator.finish()
            state.thrown = nil
            throw normalize(replacingStopIteration(error), frame: frame, addFrame: true)
        }
        state.thrown = nil
        state.sent = .none
        switch result {
        case .suspended:
            let value = state.yielded
            state.yielded = .none
            return value
        case .returned(let value):
            generator.finish()
            generator.returnValue = value
            return nil
        default:
            generator.finish()
            return nil
        }
    }

    /// PEP 479: a `StopIteration` escaping a generator's body becomes a `RuntimeError`.
    func replacingStopIteration(_ error: Error) -> Error {
        let stop: PyInstance
        switch error {
        case let raised as PyRaised where raised.exception.cls.isSubclass(of: types.exceptionClass("StopIteration")):
            stop = raised.exception
        case let exception as PyException where exception.typeName == .stopIteration:
            stop = makeExceptionInstance(exception)
        default:
            return error
        }
        let replacement = PyInstance(cls: types.exceptionClass("RuntimeError"))
        replacement.arguments = [.str("generator raised StopIteration")]
        replacement.cause = .instance(stop)
        replacement.context = .instance(stop)
        replacement.suppressContext = true
        return PyRaised(exception: replacement)
    }

    /// `generator.throw(exception)`: raises it at the suspended `yield`; the next value yielded, if any.
    func throwIntoGenerator(_ generator: PyGenerator, _ exception: PyValue) throws -> PyValue? {
        let instance = try exceptionInstance(from: exception)
        return try resumeGenerator(generator, sending: .none, throwing: PyRaised(exception: instance))
    }

    /// `generator.close()`: raises `GeneratorExit` at the suspended `yield`, running its `finally` blocks.
    func closeGenerator(_ generator: PyGenerator) throws {
        if generator.finished { return }
        if !generator.started {
            generator.finish()
            return
        }
        let exit = PyInstance(cls: types.exceptionClass("GeneratorExit"))
        do {
            if try resumeGenerator(generator, sending: .none, throwing: PyRaised(exception: exit)) != nil {
                throw PyException(.runtimeError, "generator ignored GeneratorExit")
            }
        } catch let raised as PyRaised
            where raised.exception.cls.isSubclass(of: types.exceptionClass("GeneratorExit"))
            || raised.exception.cls.isSubclass(of: types.exceptionClass("StopIteration"))
        {
            return
        }
    }

    /// `send`, `throw` and `close` of a generator (the sandbox refuses the dunder attributes of builtin objects).
    func iteratorAttribute(_ iterator: PyIterator, _ name: String) -> PyValue? {
        guard let generator = iterator.generator else { return nil }
        switch name {
        case "send":
            return .native(PyNativeFunction(name: name) { args in
                let bound = try args.bind("send", ["value"])
                let sent = bound["value"] ?? PyValue.none
                if let item = try args.interpreter.resumeGenerator(generator, sending: sent, throwing: nil) { return item }
                throw args.interpreter.stopIteration(for: iterator)
            })
        case "throw":
            return .native(PyNativeFunction(name: name) { args in
                guard args.keyword.isEmpty else { throw PyException.typeError("generator.throw() takes no keyword arguments") }
                guard (1...3).contains(args.positional.count) else {
                    throw PyException.typeError("throw expected at least 1 argument, got \(args.positional.count)")
                }
                var exception = args.positional[0]
                if args.positional.count > 1, !args.positional[1].isNone, case .classObject = exception {
                    exception = try args.interpreter.callValue(exception, [args.positional[1]], [])
                }
                if let item = try args.interpreter.throwIntoGenerator(generator, exception) { return item }
                throw args.interpreter.stopIteration(for: iterator)
            })
        case "close":
            return .native(PyNativeFunction(name: name) { args in
                try args.expectNone("close")
                try args.interpreter.closeGenerator(generator)
                return .none
            })
        default:
            return nil
        }
    }

    /// The `StopIteration` raised when `iterator` is exhausted, carrying a generator's return value.
    func stopIteration(for iterator: PyIterator) -> PyException {
        let value = iterator.generator?.takeReturnValue() ?? .none
        return PyException(.stopIteration, arguments: value.isNone ? [] : [value])
    }

    // MARK: Suspending and resuming statements

    func popSuspension(_ frame: Frame) throws -> SuspensionPoint {
        guard let point = frame.generatorState?.suspension.popLast() else { throw PyError.generatorResumeMismatch }
        return point
    }

    /// Re-enters a block at the statement recorded for it, then runs the rest of the block.
    func resumeBlock(_ statements: [Stmt], _ frame: Frame) throws -> ExecResult {
        guard case .block(let start) = try popSuspension(frame), start < statements.count else {
            throw PyError.generatorResumeMismatch
        }
        var index = start
        var result = try resumeStatement(statements[index], frame)
        while true {
            switch result {
            case .normal: break
            case .suspended:
                frame.suspend(at: .block(index))
                return result
            default:
                return result
            }
            index += 1
            guard index < statements.count else { return .normal }
            result = try exec(statements[index], frame)
        }
    }

    /// Re-enters one statement at the point recorded for it.
    private func resumeStatement(_ statement: Stmt, _ frame: Frame) throws -> ExecResult {
        frame.position = statement.position
        if let yieldExpr = statement.yieldPoint { return try resumeYieldStatement(statement, yieldExpr, frame) }
        let point = try popSuspension(frame)
        switch (statement.kind, point) {
        case (.ifStatement(_, let body, let orElse), .branch(let taken)):
            let result = try resumeBlock(taken ? body : orElse, frame)
            if case .suspended = result { frame.suspend(at: .branch(taken: taken)) }
            return result
        case (.whileLoop(let test, let body, let orElse), .loopBody(nil)):
            return try execWhile(test, body, orElse, frame, resumingBody: true)
        case (.forLoop(let target, _, let body, let orElse), .loopBody(let iterator?)):
            return try execForIterator(target, iterator, body, orElse, frame, resumingBody: true)
        case (.whileLoop(_, _, let orElse), .loopElse), (.forLoop(_, _, _, let orElse), .loopElse):
            return try execLoopElse(orElse, frame, resuming: true)
        case (.tryStatement(let body, let handlers, let orElse, let finalBody), _):
            return try execTry(body, handlers, orElse, finalBody, frame, resume: point)
        case (.with(let items, let body), .withBody(let manager, let exit)):
            return try execWith(items[...], body, frame, resumed: (manager, exit))
        default:
            throw PyError.generatorResumeMismatch
        }
    }

    /// `yield v`, `x = yield v`, `yield from it` and the other statement forms, run for the first time.
    func execYieldStatement(_ statement: Stmt, _ yieldExpr: Expr, _ frame: Frame) throws -> ExecResult {
        guard let state = frame.generatorState else {
            throw PyError.unsupported(
                "'yield' here is not supported by the embedded engine (line \(yieldExpr.position.line))")
        }
        switch yieldExpr.kind {
        case .yield(let valueExpr):
            // The statement itself records nothing: resuming at a `yield` statement is the only possibility.
            state.yielded = try valueExpr.map { try eval($0, frame) } ?? PyValue.none
            return .suspended
        case .yieldFrom(let iterableExpr):
            let iterable = try eval(iterableExpr, frame)
            frame.position = statement.position
            let iterator = try makeIterator(iterable)
            return try delegate(to: iterator, sending: .none, throwing: nil, statement, frame)
        default:
            throw PyError.generatorResumeMismatch
        }
    }

    /// The suspended `yield` statement receives what the resumption brought.
    private func resumeYieldStatement(_ statement: Stmt, _ yieldExpr: Expr, _ frame: Frame) throws -> ExecResult {
        guard let state = frame.generatorState else { throw PyError.generatorResumeMismatch }
        let thrown = state.thrown
        state.thrown = nil
        if case .yieldFrom = yieldExpr.kind {
            guard let iterator = state.delegate else { throw PyError.generatorResumeMismatch }
            state.delegate = nil
            return try delegate(to: iterator, sending: state.sent, throwing: thrown, statement, frame)
        }
        if let thrown { throw thrown }
        return try completeYieldStatement(statement, state.sent, frame)
    }

    /// One step of `yield from`: passes the sent value or thrown exception to the inner iterator and suspends
    /// with what it yields, or completes the statement with its return value.
    private func delegate(
        to iterator: PyIterator, sending: PyValue, throwing: Error?, _ statement: Stmt, _ frame: Frame
    ) throws -> ExecResult {
        let item: PyValue?
        if let inner = iterator.generator {
            if let throwing {
                if let raised = throwing as? PyRaised,
                    raised.exception.cls.isSubclass(of: types.exceptionClass("GeneratorExit"))
                {
                    try closeGenerator(inner)
                    throw throwing
                }
                item = try resumeGenerator(inner, sending: .none, throwing: throwing)
            } else {
                item = try resumeGenerator(inner, sending: sending, throwing: nil)
            }
        } else {
            if let throwing { throw throwing }
            if !sending.isNone {
                throw PyException.attributeError("'\(iterator.typeName)' object has no attribute 'send'")
            }
            item = try iterator.next()
        }
        if let item {
            frame.generatorState?.yielded = item
            frame.generatorState?.delegate = iterator
            return .suspended
        }
        return try completeYieldStatement(statement, iterator.generator?.takeReturnValue() ?? .none, frame)
    }

    /// Finishes a `yield` statement whose `yield` expression produced `value`.
    private func completeYieldStatement(_ statement: Stmt, _ value: PyValue, _ frame: Frame) throws -> ExecResult {
        frame.position = statement.position
        switch statement.kind {
        case .assign(let targets, _):
            for target in targets { try assign(target, value, frame) }
        case .annotatedAssign(let target, _, _):
            try assign(target, value, frame)
        case .augmentedAssign(let target, let op, let valueExpr):
            try execAugmentedAssign(target, op, Expr(.constant(value), valueExpr.position), frame)
        case .returnValue:
            return .returned(value)
        default:
            break
        }
        return .normal
    }
}

extension PyError {
    /// A generator's recorded suspension did not match the statement it resumed (an interpreter bug, reported
    /// rather than crashing).
    static var generatorResumeMismatch: PyError {
        .unsupported("internal: a generator resumed at a point where it had not stopped")
    }
}

extension PyInterpreter {
    /// A generator expression: each `next` advances the innermost `for` clause (opening the inner clauses'
    /// iterables as it goes, as CPython does) until an element passes the conditions.
    func lazyGeneratorExpression(
        _ element: Expr, _ clauses: [ComprehensionClause], _ scope: Frame, _ first: PyIterator
    ) -> PyIterator {
        var iterators = [first]
        return PyIterator(typeName: "generator") { [weak self] in
            guard let self else { return nil }
            do {
                while let current = iterators.last {
                    let clause = clauses[iterators.count - 1]
                    scope.position = clause.iterable.position
                    guard let item = try current.next() else {
                        iterators.removeLast()
                        continue
                    }
                    try self.tick(scope)
                    try self.assign(clause.target, item, scope)
                    var passes = true
                    for condition in clause.conditions where try !self.isTruthy(try self.eval(condition, scope)) {
                        passes = false
                        break
                    }
                    guard passes else { continue }
                    if iterators.count < clauses.count {
                        let inner = clauses[iterators.count]
                        iterators.append(try self.makeIterator(try self.eval(inner.iterable, scope)))
                        continue
                    }
                    return try self.eval(element, scope)
                }
                return nil
            } catch {
                iterators.removeAll()
                throw self.normalize(self.replacingStopIteration(error), frame: scope, addFrame: true)
            }
        }
    }
}
