/// What the sandbox refuses: modules that reach the machine, builtins that escape or introspect, and dunder
/// attributes (the usual way out of a Python sandbox: `().__class__.__bases__[0].__subclasses__()`).
public enum Sandbox {
    /// Modules refused with `SANDBOX` (the first component of a dotted name is checked).
    static let refusedModules: Set<String> = [
        "os", "sys", "subprocess", "socket", "io", "pathlib", "shutil", "importlib", "builtins", "ctypes",
        "pickle", "time", "signal", "threading", "multiprocessing", "asyncio", "inspect", "gc", "marshal",
        "tempfile", "glob", "urllib", "http", "ftplib", "smtplib", "select", "resource", "pty", "posix", "nt",
        "code", "codeop", "runpy", "zipimport", "pkgutil", "platform", "sysconfig", "fcntl", "mmap", "shelve",
        "dbm", "sqlite3", "webbrowser", "ssl", "selectors", "_thread", "_io", "_os", "posixpath", "ntpath",
        "secrets", "uuid", "faulthandler", "tracemalloc", "atexit", "weakref", "types",
        "concurrent", "logging", "locale", "getpass", "pwd", "grp", "zipfile", "tarfile", "gzip",
        "bz2", "lzma", "site", "timeit", "cProfile", "profile", "pdb", "traceback", "linecache",
    ]

    /// Builtin names that are refused with `SANDBOX` when called or looked up.
    static let refusedBuiltins: Set<String> = [
        "open", "exec", "eval", "compile", "__import__", "globals", "locals", "vars", "dir", "input",
        "breakpoint", "help", "memoryview", "exit", "quit", "copyright", "credits", "license",
    ]

    /// Names that are not builtins at all but are refused rather than reported as undefined.
    static let refusedNames: Set<String> = ["__builtins__", "__loader__", "__spec__", "__file__", "__builtin__"]

    /// Dunder attributes that may be read: `__name__` of functions, classes and modules, and the special methods
    /// of user classes (through `super()`, a user class, or an instance), which only reach user code.
    static let userSpecialMethods: Set<String> = [
        "__init__", "__str__", "__repr__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__",
        "__len__", "__iter__", "__next__", "__contains__", "__getitem__", "__setitem__", "__delitem__", "__add__",
        "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__call__", "__enter__", "__exit__",
        "__bool__", "__neg__", "__radd__", "__rsub__", "__rmul__",
    ]

    /// Dunder attributes a host object may answer itself (PySpark's `Row.__fields__`, the list of its names).
    static let hostAttributes: Set<String> = ["__fields__"]

    /// Dunder attributes of exception objects that only lead to other exception objects or their arguments.
    static let exceptionAttributes: Set<String> = ["__cause__", "__context__", "__suppress_context__"]

    /// Whether `name` is a `__dunder__` name (host objects leave those to the interpreter).
    public static func isDunderName(_ name: String) -> Bool { isDunder(name) }

    static func isDunder(_ name: String) -> Bool {
        name.count > 4 && name.hasPrefix("__") && name.hasSuffix("__")
    }
}

extension PyInterpreter {
    /// Refuses dunder attribute access, except the safe cases listed in `Sandbox`.
    func checkAttributeName(_ name: String, _ frame: Frame, object: PyValue? = nil, objectExpr: Expr? = nil) throws {
        guard Sandbox.isDunder(name) else { return }
        if let object {
            if name == "__name__" || name == "__qualname__" {
                switch object {
                case .function, .native, .classObject, .module: return
                case .host(let object) where object is CachedFunction: return
                default: break
                }
            }
            if case .host = object, Sandbox.hostAttributes.contains(name) { return }
            if case .instance(let instance) = object, instance.cls !== types.superType,
                instance.cls.builtinKind == nil || instance.cls.builtinKind == .exception
            {
                // `self.__class__.__name__` is the same class `type(self)` gives; the class's own dunders stay refused.
                if name == "__class__" { return }
                if Sandbox.exceptionAttributes.contains(name), instance.cls.isSubclass(of: types.baseException) { return }
            }
            if Sandbox.userSpecialMethods.contains(name) {
                switch object {
                case .instance(let instance) where instance.cls.builtinKind == nil || instance.cls === types.superType:
                    return
                case .classObject(let cls) where cls.builtinKind == nil || cls.builtinKind == .exception:
                    return
                default: break
                }
            }
        }
        throw sandboxError("access to the attribute '\(name)'", frame)
    }

    func refusedBuiltin(_ name: String) -> PyNativeFunction {
        PyNativeFunction(name: name) { _ in
            throw PyError.sandbox("calling '\(name)' is not allowed in the sandbox")
        }
    }
}
