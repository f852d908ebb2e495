/// One activation: a module body, a class body, a function call or a comprehension.
///
/// Functions keep their frame alive in closures, so an inner function reads and (with `nonlocal`) writes the
/// outer function's current variables, as Python cells do.
final class Frame {
    enum Kind { case module, classBody, function, comprehension }

    let kind: Kind
    /// Local variables (for a module frame, unused: module variables live in `globals`).
    var locals: [String: PyValue] = [:]
    /// Names local to this scope (statically known for functions and comprehensions).
    let localNames: Set<String>
    let globalNames: Set<String>
    let nonlocalNames: Set<String>
    /// The enclosing function or comprehension scope (class bodies are skipped, as in Python).
    let parent: Frame?
    let globals: PyModule
    /// Name shown in tracebacks.
    let functionName: String
    /// The innermost expression or statement being evaluated, for error positions.
    var position: SourcePosition
    /// The function being run (for zero-argument `super()`).
    let function: PyFunction?
    /// For a generator function's frame: where the suspended body stopped and what resumes it.
    @exclusivity(unchecked) var generatorState: GeneratorState?

    init(
        kind: Kind, localNames: Set<String>, globalNames: Set<String> = [], nonlocalNames: Set<String> = [],
        parent: Frame?, globals: PyModule, functionName: String, position: SourcePosition, function: PyFunction? = nil
    ) {
        self.kind = kind
        self.localNames = localNames
        self.globalNames = globalNames
        self.nonlocalNames = nonlocalNames
        self.parent = parent
        self.globals = globals
        self.functionName = functionName
        self.position = position
        self.function = function
    }

    /// The frame that owns `name` among the enclosing function scopes, for closures and `nonlocal`.
    func enclosingOwner(of name: String) -> Frame? {
        var frame = parent
        while let f = frame {
            if f.kind == .function || f.kind == .comprehension, f.localNames.contains(name) { return f }
            frame = f.parent
        }
        return nil
    }
}
