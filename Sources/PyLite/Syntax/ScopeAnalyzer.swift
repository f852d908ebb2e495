/// Finds the names a function binds (its locals), its `global` and `nonlocal` declarations, and whether it is a
/// generator. Python decides this statically: any assignment anywhere in the body makes a name local.
struct ScopeAnalyzer {
    private var assigned: Set<String> = []
    private var globals: Set<String> = []
    private var nonlocals: Set<String> = []
    private var isGenerator = false
    private let lexer: Lexer

    private init(lexer: Lexer) { self.lexer = lexer }

    static func analyze(_ decl: FunctionDecl, lexer: Lexer) throws {
        var analyzer = ScopeAnalyzer(lexer: lexer)
        for parameter in decl.parameters { analyzer.assigned.insert(parameter.name) }
        try analyzer.visit(decl.body)
        for name in analyzer.globals.intersection(analyzer.nonlocals) {
            throw lexer.error("name '\(name)' is nonlocal and global", at: decl.position)
        }
        decl.globalNames = analyzer.globals
        decl.nonlocalNames = analyzer.nonlocals
        decl.localNames = analyzer.assigned.subtracting(analyzer.globals).subtracting(analyzer.nonlocals)
        decl.isGenerator = analyzer.isGenerator
    }

    /// Names bound at the top level of a class body or module (used for class bodies).
    private mutating func visit(_ statements: [Stmt]) throws {
        for statement in statements { try visit(statement) }
    }

    private mutating func bindTarget(_ expr: Expr) {
        switch expr.kind {
        case .name(let name): assigned.insert(name)
        case .tuple(let items), .list(let items): items.forEach { bindTarget($0) }
        case .starred(let inner): bindTarget(inner)
        case .attribute(let base, _): visit(base)
        case .subscript(let base, let index):
            visit(base)
            visit(index)
        default: visit(expr)
        }
    }

    private mutating func visit(_ statement: Stmt) throws {
        switch statement.kind {
        case .expression(let e): visit(e)
        case .assign(let targets, let value):
            targets.forEach { bindTarget($0) }
            visit(value)
        case .augmentedAssign(let target, _, let value):
            bindTarget(target)
            visit(value)
        case .annotatedAssign(let target, let annotation, let value):
            bindTarget(target)
            visit(annotation)
            if let value { visit(value) }
        case .pass, .breakLoop, .continueLoop: break
        case .returnValue(let e): if let e { visit(e) }
        case .ifStatement(let test, let body, let orElse), .whileLoop(let test, let body, let orElse):
            visit(test)
            try visit(body)
            try visit(orElse)
        case .forLoop(let target, let iterable, let body, let orElse):
            bindTarget(target)
            visit(iterable)
            try visit(body)
            try visit(orElse)
        case .tryStatement(let body, let handlers, let orElse, let finalBody):
            try visit(body)
            for handler in handlers {
                if let type = handler.type { visit(type) }
                if let name = handler.name { assigned.insert(name) }
                try visit(handler.body)
            }
            try visit(orElse)
            try visit(finalBody)
        case .raise(let e, let cause):
            if let e { visit(e) }
            if let cause { visit(cause) }
        case .assert(let test, let message):
            visit(test)
            if let message { visit(message) }
        case .delete(let targets): targets.forEach { bindTarget($0) }
        case .global(let names):
            for name in names {
                if assigned.contains(name) {
                    throw lexer.error("name '\(name)' is assigned to before global declaration", at: statement.position)
                }
                globals.insert(name)
            }
        case .nonlocal(let names):
            for name in names {
                if assigned.contains(name) {
                    throw lexer.error("name '\(name)' is assigned to before nonlocal declaration", at: statement.position)
                }
                nonlocals.insert(name)
            }
        case .functionDef(let decl, let decorators):
            decorators.forEach { visit($0) }
            for p in decl.parameters {
                if let d = p.defaultValue { visit(d) }
                if let a = p.annotation { visit(a) }
            }
            if let r = decl.returnAnnotation { visit(r) }
            assigned.insert(decl.name)
        case .classDef(let name, let bases, _, let decorators):
            decorators.forEach { visit($0) }
            for base in bases { visit(argument: base) }
            assigned.insert(name)
        case .importModules(let aliases):
            for alias in aliases {
                assigned.insert(alias.asName ?? String(alias.name.split(separator: ".").first ?? ""))
            }
        case .importFrom(_, _, let names):
            for alias in names ?? [] { assigned.insert(alias.asName ?? alias.name) }
        case .with(let items, let body):
            for (context, target) in items {
                visit(context)
                if let target { bindTarget(target) }
            }
            try visit(body)
        }
    }

    private mutating func visit(argument: CallArgument) {
        switch argument {
        case .positional(let e), .starred(let e), .keyword(_, let e), .doubleStarred(let e): visit(e)
        }
    }

    private mutating func visit(_ expr: Expr) {
        switch expr.kind {
        case .constant, .name: break
        case .joinedString(let parts): visitParts(parts)
        case .list(let items), .tuple(let items), .set(let items), .and(let items), .or(let items):
            items.forEach { visit($0) }
        case .dict(let entries):
            for entry in entries {
                if let key = entry.key { visit(key) }
                visit(entry.value)
            }
        case .starred(let e), .attribute(let e, _), .unary(_, let e): visit(e)
        case .subscript(let a, let b), .binary(_, let a, let b):
            visit(a)
            visit(b)
        case .slice(let a, let b, let c):
            for e in [a, b, c] { if let e { visit(e) } }
        case .call(let callee, let arguments):
            visit(callee)
            arguments.forEach { visit(argument: $0) }
        case .compare(let first, let rest):
            visit(first)
            rest.forEach { visit($0.1) }
        case .conditional(let test, let body, let orElse):
            visit(test)
            visit(body)
            visit(orElse)
        case .lambda(let decl):
            for p in decl.parameters { if let d = p.defaultValue { visit(d) } }
        case .comprehension(_, let element, let value, let clauses):
            // Comprehension targets are local to the comprehension; only the first iterable runs outside it.
            if let first = clauses.first { visit(first.iterable) }
            visitComprehensionBody(element, value, clauses)
        case .namedExpr(let name, let value):
            assigned.insert(name)
            visit(value)
        case .yield(let e):
            isGenerator = true
            if let e { visit(e) }
        case .yieldFrom(let e):
            isGenerator = true
            visit(e)
        }
    }

    /// Walrus targets inside a comprehension bind in the enclosing function.
    private mutating func visitComprehensionBody(_ element: Expr, _ value: Expr?, _ clauses: [ComprehensionClause]) {
        var inner = ScopeAnalyzer(lexer: lexer)
        inner.visit(element)
        if let value { inner.visit(value) }
        for (k, clause) in clauses.enumerated() {
            if k > 0 { inner.visit(clause.iterable) }
            clause.conditions.forEach { inner.visit($0) }
        }
        var targets: Set<String> = []
        for clause in clauses { collectNames(clause.target, into: &targets) }
        // Names bound by walrus inside the comprehension (anything assigned that is not a loop target).
        assigned.formUnion(inner.assigned.subtracting(targets))
        if inner.isGenerator { isGenerator = true }
    }

    private func collectNames(_ expr: Expr, into names: inout Set<String>) {
        switch expr.kind {
        case .name(let name): names.insert(name)
        case .tuple(let items), .list(let items): items.forEach { collectNames($0, into: &names) }
        case .starred(let inner): collectNames(inner, into: &names)
        default: break
        }
    }

    private mutating func visitParts(_ parts: [FStringPart]) {
        for part in parts {
            if case .field(let e, _, let spec, _) = part {
                visit(e)
                if let spec { visitParts(spec) }
            }
        }
    }
}
