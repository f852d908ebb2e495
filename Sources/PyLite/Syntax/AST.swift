/// The syntax tree of a Python module: expressions and statements with their source positions.

enum BinaryOperator: String {
    case add = "+", subtract = "-", multiply = "*", trueDivide = "/", floorDivide = "//", modulo = "%"
    case power = "**", leftShift = "<<", rightShift = ">>", bitAnd = "&", bitOr = "|", bitXor = "^"
    case matrixMultiply = "@"
}

enum UnaryOperator: String {
    case negate = "-", plus = "+", invert = "~", not = "not"
}

enum ComparisonOperator: String {
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case isSame = "is", isNot = "is not", contains = "in", notContains = "not in"
}

/// One piece of an f-string: literal text, or a replacement field.
enum FStringPart {
    case literal(String)
    case field(Expr, conversion: Character?, spec: [FStringPart]?, selfDocumenting: String?)
}

/// An argument at a call site.
enum CallArgument {
    case positional(Expr)
    case starred(Expr)
    case keyword(String, Expr)
    case doubleStarred(Expr)
}

/// `for target in iterable if cond...` inside a comprehension.
struct ComprehensionClause {
    var target: Expr
    var iterable: Expr
    var conditions: [Expr]
}

enum ComprehensionKind { case list, set, dict, generator }

final class Expr {
    indirect enum Kind {
        case constant(PyValue)
        case name(String)
        case joinedString([FStringPart])
        case list([Expr])
        case tuple([Expr])
        case set([Expr])
        /// A nil key is a `**mapping` entry.
        case dict([(key: Expr?, value: Expr)])
        case starred(Expr)
        case attribute(Expr, String)
        case `subscript`(Expr, Expr)
        case slice(Expr?, Expr?, Expr?)
        case call(Expr, [CallArgument])
        case unary(UnaryOperator, Expr)
        case binary(BinaryOperator, Expr, Expr)
        case and([Expr])
        case or([Expr])
        case compare(Expr, [(ComparisonOperator, Expr)])
        case conditional(test: Expr, body: Expr, orElse: Expr)
        case lambda(FunctionDecl)
        case comprehension(ComprehensionKind, element: Expr, value: Expr?, clauses: [ComprehensionClause])
        case namedExpr(String, Expr)
        case yield(Expr?)
        case yieldFrom(Expr)
    }

    let kind: Kind
    let position: SourcePosition
    /// True for `yield` and `yield from` (checked on every statement that may suspend a generator).
    let isYield: Bool

    init(_ kind: Kind, _ position: SourcePosition) {
        self.kind = kind
        self.position = position
        switch kind {
        case .yield, .yieldFrom: isYield = true
        default: isYield = false
        }
    }
}

enum ParameterKind { case positional, varPositional, keywordOnly, varKeyword }

struct Parameter {
    var name: String
    var kind: ParameterKind
    var defaultValue: Expr?
    var annotation: Expr?
}

/// A `def` or a `lambda`, with the names its body binds (computed once by the parser).
final class FunctionDecl {
    let name: String
    let parameters: [Parameter]
    let body: [Stmt]
    let returnAnnotation: Expr?
    let position: SourcePosition
    let isLambda: Bool
    /// Names assigned in the body (or parameters) that are not declared `global`/`nonlocal`: the function's locals.
    var localNames: Set<String> = []
    var globalNames: Set<String> = []
    var nonlocalNames: Set<String> = []
    var isGenerator = false
    var docstring: String?

    init(name: String, parameters: [Parameter], body: [Stmt], returnAnnotation: Expr?, position: SourcePosition, isLambda: Bool) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.returnAnnotation = returnAnnotation
        self.position = position
        self.isLambda = isLambda
    }
}

struct ExceptHandler {
    var type: Expr?
    var name: String?
    var body: [Stmt]
    var position: SourcePosition
}

struct ImportAlias {
    var name: String
    var asName: String?
}

final class Stmt {
    indirect enum Kind {
        case expression(Expr)
        case assign(targets: [Expr], value: Expr)
        case augmentedAssign(target: Expr, op: BinaryOperator, value: Expr)
        case annotatedAssign(target: Expr, annotation: Expr, value: Expr?)
        case pass
        case breakLoop
        case continueLoop
        case returnValue(Expr?)
        case ifStatement(test: Expr, body: [Stmt], orElse: [Stmt])
        case whileLoop(test: Expr, body: [Stmt], orElse: [Stmt])
        case forLoop(target: Expr, iterable: Expr, body: [Stmt], orElse: [Stmt])
        case tryStatement(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt])
        case raise(Expr?, cause: Expr?)
        case assert(Expr, message: Expr?)
        case delete([Expr])
        case global([String])
        case nonlocal([String])
        case functionDef(FunctionDecl, decorators: [Expr])
        case classDef(name: String, bases: [CallArgument], body: [Stmt], decorators: [Expr])
        case importModules([ImportAlias])
        /// `names` nil means `from module import *`.
        case importFrom(module: String, level: Int, names: [ImportAlias]?)
        case with(items: [(Expr, Expr?)], body: [Stmt])
    }

    let kind: Kind
    let position: SourcePosition

    init(_ kind: Kind, _ position: SourcePosition) {
        self.kind = kind
        self.position = position
    }
}

extension Stmt {
    /// The `yield` this statement suspends at when it is one of the statement forms of `yield`: `yield v`,
    /// `x = yield v`, `x += yield v`, `x: T = yield v`, `return (yield v)` (and the same with `yield from`).
    var yieldPoint: Expr? {
        switch kind {
        case .expression(let expr) where expr.isYield: return expr
        case .assign(_, let expr) where expr.isYield: return expr
        case .augmentedAssign(_, _, let expr) where expr.isYield: return expr
        case .annotatedAssign(_, _, let expr?) where expr.isYield: return expr
        case .returnValue(let expr?) where expr.isYield: return expr
        default: return nil
        }
    }
}
