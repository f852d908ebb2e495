/// `import` statements: builtin modules, host-registered modules, sandbox refusals.
extension PyInterpreter {
    /// The module with this full dotted name, if it is built in or registered; nil otherwise.
    func loadModuleIfAvailable(_ name: String) throws -> PyModule? {
        if let cached = builtinModuleCache[name] { return cached }
        if let module = try modules.module(named: name) { return module }
        if let factory = BuiltinModules.factories[name] {
            let module = factory(self)
            builtinModuleCache[name] = module
            return module
        }
        return nil
    }

    /// Whether some registered module lives under this package name (so `pyspark` exists when only
    /// `pyspark.sql.functions` was registered).
    private func isPackagePrefix(_ name: String) -> Bool {
        modules.hasPackage(prefix: name + ".")
    }

    func loadModule(_ name: String, _ frame: Frame) throws -> PyModule {
        let first = String(name.split(separator: ".").first ?? "")
        if Sandbox.refusedModules.contains(first) {
            throw sandboxError("importing the module '\(name)'", frame)
        }
        if let module = try loadModuleIfAvailable(name) { return module }
        if isPackagePrefix(name) {
            let package = PyModule(name: name)
            modules.register(package)
            return package
        }
        throw PyException(.moduleNotFoundError, "No module named '\(name)'")
    }

    func execImport(_ aliases: [ImportAlias], _ frame: Frame) throws {
        for alias in aliases {
            let module = try loadModule(alias.name, frame)
            if let asName = alias.asName {
                try assignName(asName, .module(module), frame)
                continue
            }
            // `import a.b.c` binds `a`, with `a.b` and `a.b.c` loaded as attributes.
            let components = alias.name.split(separator: ".").map(String.init)
            var parent = try loadModule(components[0], frame)
            try assignName(components[0], .module(parent), frame)
            var path = components[0]
            for component in components.dropFirst() {
                path += "." + component
                let child = try loadModule(path, frame)
                if parent.namespace[component] == nil { parent.namespace[component] = .module(child) }
                parent = child
            }
        }
    }

    func execImportFrom(_ moduleName: String, _ level: Int, _ names: [ImportAlias]?, _ frame: Frame) throws {
        if level > 0 {
            throw PyException(.importError, "attempted relative import with no known parent package")
        }
        let module = try loadModule(moduleName, frame)
        if moduleName == "__future__", names?.contains(where: { $0.name == "annotations" }) == true {
            frame.globals.postponedAnnotations = true
        }
        guard let names else {
            let exported = module.exportedNames?() ?? module.namespace.keys.filter { !$0.hasPrefix("_") }.sorted()
            for name in exported {
                guard let value = try module.attribute(name) else { continue }
                try assignName(name, value, frame)
            }
            return
        }
        for alias in names {
            if Sandbox.isDunder(alias.name) {
                throw sandboxError("importing '\(alias.name)' from '\(moduleName)'", frame)
            }
            var value = try module.attribute(alias.name)
            if value == nil, let submodule = try loadModuleIfAvailable(moduleName + "." + alias.name) {
                value = .module(submodule)
            }
            guard let value else {
                throw PyException(.importError, "cannot import name '\(alias.name)' from '\(moduleName)' (unknown location)")
            }
            try assignName(alias.asName ?? alias.name, value, frame)
        }
    }
}
