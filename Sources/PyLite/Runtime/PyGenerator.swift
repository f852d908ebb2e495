/// The state of a generator function's call: its frame, suspended between `yield`s, and where it stands.
///
/// The body runs only when the generator is resumed (`next`, `send`, `throw`, `close`): it executes until the next
/// `yield` and records where it stopped in `frame.generatorState`, so the next resumption re-enters the body
/// there (see `PyInterpreter+Generators.swift`). No thread is involved: an abandoned generator is only objects.
final class PyGenerator {
    let frame: Frame
    let body: [Stmt]
    /// Weak: a generator stored in the interpreter's own globals must not keep the interpreter alive.
    weak var interpreter: PyInterpreter?
    // Unchecked exclusivity: see `GeneratorState`.
    @exclusivity(unchecked) var started = false
    @exclusivity(unchecked) var finished = false
    /// True while the body runs (resuming it again then is "generator already executing").
    @exclusivity(unchecked) var running = false
    /// What `return value` in the body returned, handed once to `StopIteration.value` or `yield from`.
    @exclusivity(unchecked) var returnValue: PyValue = .none

    init(frame: Frame, body: [Stmt], interpreter: PyInterpreter) {
        self.frame = frame
        self.body = body
        self.interpreter = interpreter
    }

    /// `next(generator)`: the next yielded value, or nil when the body has finished.
    func next() throws -> PyValue? {
        guard let interpreter else { return nil }
        return try interpreter.resumeGenerator(self, sending: .none, throwing: nil)
    }

    /// The value of the `return` that ended the body, once; `None` afterwards.
    func takeReturnValue() -> PyValue {
        let value = returnValue
        returnValue = .none
        return value
    }

    func finish() {
        finished = true
        frame.generatorState?.suspension.removeAll()
        frame.generatorState?.delegate = nil
    }
}
