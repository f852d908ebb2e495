/// A module: the user's file (whose namespace is its globals), a builtin module such as `math`, or a module
/// the host registers (`pyspark.sql.functions`), whose attributes may be resolved lazily.
public final class PyModule {
    public let name: String
    var namespace: [String: PyValue] = [:]
    /// `from __future__ import annotations` was executed: annotations are not evaluated.
    var postponedAnnotations = false
    let resolver: ((String) throws -> PyValue?)?
    let exportedNames: (() -> [String])?

    /// - Parameters:
    ///   - name: the full dotted name (`pyspark.sql.functions`).
    ///   - attributes: resolves an attribute by name; return nil for names the module does not have. Results are
    ///     cached. Submodules registered under `name + "." + attribute` are found without the resolver.
    ///   - exportedNames: the names `from module import *` binds.
    public init(
        name: String, attributes: ((String) throws -> PyValue?)? = nil, exportedNames: (() -> [String])? = nil
    ) {
        self.name = name
        self.resolver = attributes
        self.exportedNames = exportedNames
    }

    /// Sets an attribute (for modules whose contents are known in advance, and for the user's globals).
    public func setAttribute(_ name: String, _ value: PyValue) { namespace[name] = value }

    /// The attribute's current value, resolving it lazily when needed.
    public func attribute(_ name: String) throws -> PyValue? {
        if let value = namespace[name] { return value }
        if let resolver, let value = try resolver(name) {
            namespace[name] = value
            return value
        }
        return nil
    }

    /// The names bound in the module (its globals, for the user's file), without dunder names.
    public var names: [String] { namespace.keys.filter { !$0.hasPrefix("__") }.sorted() }
}

/// The modules the host provides, by full dotted name (`pyspark`, `pyspark.sql`, `pyspark.sql.functions`).
public final class PyModuleRegistry {
    private var modules: [String: PyModule] = [:]
    private var factories: [String: () throws -> PyModule] = [:]

    public init() {}

    public func register(_ module: PyModule) { modules[module.name] = module }

    /// Registers a module built on first import.
    public func register(_ name: String, factory: @escaping () throws -> PyModule) { factories[name] = factory }

    func module(named name: String) throws -> PyModule? {
        if let module = modules[name] { return module }
        if let factory = factories[name] {
            let module = try factory()
            modules[name] = module
            return module
        }
        return nil
    }

    func hasModule(named name: String) -> Bool { modules[name] != nil || factories[name] != nil }

    func hasPackage(prefix: String) -> Bool {
        modules.keys.contains { $0.hasPrefix(prefix) } || factories.keys.contains { $0.hasPrefix(prefix) }
    }
}
