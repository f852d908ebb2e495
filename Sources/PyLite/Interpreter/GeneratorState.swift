/// Where a generator's body stopped at a `yield`, kept in its frame between resumptions.
///
/// Suspending unwinds the Swift call stack: every statement between the `yield` and the body records the point to
/// re-enter (innermost first) while returning `.suspended`. Resuming pops those points outermost first, each
/// statement re-entering the child it was running, with its loop iterator, `except` handler or pending `finally`
/// outcome restored.
///
/// The state belongs to one generator, which cannot run on two threads or re-enter itself ("generator already
/// executing"), so its fields skip Swift's dynamic exclusivity checks (they cost more than the rest of a `yield`).
final class GeneratorState {
    @exclusivity(unchecked) var suspension: [SuspensionPoint] = []
    /// The value handed out by the last `yield`.
    @exclusivity(unchecked) var yielded: PyValue = .none
    /// What the resumption brings to the suspended `yield`: the sent value, or an exception to raise there.
    @exclusivity(unchecked) var sent: PyValue = .none
    @exclusivity(unchecked) var thrown: Error?
    /// The iterator a suspended `yield from` delegates to.
    @exclusivity(unchecked) var delegate: PyIterator?
}

enum SuspensionPoint {
    /// The statement at this index of a block.
    case block(Int)
    /// An `if` statement, in its body (true) or its `else` block (false).
    case branch(taken: Bool)
    /// A loop's body; a `for` loop keeps its iterator.
    case loopBody(PyIterator?)
    case loopElse
    case tryBody
    /// An `except` block: the handler's index and the exception it is handling.
    case tryHandler(Int, PyInstance)
    case tryElse
    /// A `finally` block, with what happens once it completes.
    case tryFinally(PendingOutcome)
    /// A `with` body: the context manager and its `__exit__`.
    case withBody(manager: PyValue, exit: PyValue)
}

/// What a `finally` block continues with when it completes normally.
enum PendingOutcome {
    case result(ExecResult)
    case error(Error)
}

extension Frame {
    /// Records where this generator frame's body stopped (a no-op in other frames, which never suspend).
    @inline(__always)
    func suspend(at point: SuspensionPoint) {
        generatorState?.suspension.append(point)
    }
}
