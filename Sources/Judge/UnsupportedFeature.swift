import PySparkBridge

/// Recognises errors that are really a missing feature of the embedded engine: an attribute or an
/// import that real PySpark has (`DataFrame.mapInPandas`, `F.some_function`) reported by the
/// interpreter as `AttributeError` or `ImportError`. Such a run is Unsupported, not a Runtime Error:
/// the same file runs on real Spark.
enum UnsupportedFeature {
    /// The PySpark feature an error names, e.g. `DataFrame.mapInPandas`, when real PySpark has it.
    static func feature(of error: SolutionError) -> String? {
        switch error.errorClass {
        case "AttributeError":
            // "'DataFrame' object has no attribute 'mapInPandas'"
            if let owner = quoted(error.message, after: ""), error.message.contains("object has no attribute"),
               let name = quoted(error.message, after: "attribute "),
               PySparkAPI.names[owner]?.contains(name) == true {
                return "\(owner).\(name)"
            }
            // "module 'pyspark.sql.functions' has no attribute 'mode'"
            if error.message.hasPrefix("module "), let module = quoted(error.message, after: "module "),
               let name = quoted(error.message, after: "attribute "), PySparkAPI.names[module]?.contains(name) == true {
                return "\(module).\(name)"
            }
        case "ATTRIBUTE_NOT_SUPPORTED":
            // A DataFrame method PySpark has but the engine lacks reaches PySpark's DataFrame.__getattr__:
            // "Attribute `mapInPandas` is not supported."
            if let start = error.message.firstIndex(of: "`"),
               let end = error.message[error.message.index(after: start)...].firstIndex(of: "`") {
                let name = String(error.message[error.message.index(after: start)..<end])
                if PySparkAPI.names["DataFrame"]?.contains(name) == true { return "DataFrame.\(name)" }
            }
        case "ImportError", "ModuleNotFoundError":
            // "cannot import name 'mode' from 'pyspark.sql.functions'"
            if let name = quoted(error.message, after: "name "), let module = quoted(error.message, after: "from "),
               PySparkAPI.names[module]?.contains(name) == true {
                return "\(module).\(name)"
            }
        default:
            break
        }
        return nil
    }

    /// The error restated as Unsupported, or the error unchanged.
    static func classify(_ error: SolutionError) -> SolutionError {
        guard error.kind == .runtime, let feature = feature(of: error) else { return error }
        var unsupported = error
        unsupported.kind = .unsupported
        unsupported.errorClass = "UNSUPPORTED"
        unsupported.message = "\(feature) is part of PySpark but the embedded engine does not have it yet "
            + "(\(error.errorClass): \(error.message)). Real Spark runs it: use --engine spark."
        return unsupported
    }

    /// The first single-quoted text after `marker`.
    private static func quoted(_ text: String, after marker: String) -> String? {
        let start: String.Index
        if marker.isEmpty {
            start = text.startIndex
        } else {
            guard let range = text.range(of: marker) else { return nil }
            start = range.upperBound
        }
        guard let open = text[start...].firstIndex(of: "'") else { return nil }
        let rest = text[text.index(after: open)...]
        guard let close = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<close])
    }
}
