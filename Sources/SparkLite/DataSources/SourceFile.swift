import Foundation

/// One data file of a file source, with its size (Spark's `PartitionedFile` before splitting).
public struct SourceFile: Sendable, Equatable {
    public var path: String
    public var size: Int

    /// `file:/tmp/x.csv`, as Spark writes paths in plans and errors.
    public var uri: String { "file:" + path }
}

/// Spark's `InMemoryFileIndex` listing: a path is a file, or a directory whose visible files are read
/// (names starting with `_` or `.` are hidden, like `_SUCCESS`).
enum FileListing {
    static func list(_ paths: [String]) throws(SparkError) -> [SourceFile] {
        var files: [SourceFile] = []
        let manager = FileManager.default
        for raw in paths {
            let path = absolute(raw)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw SparkError("PATH_NOT_FOUND", "Path does not exist: file:\(path).", sqlState: "42K03")
            }
            if !isDirectory.boolValue {
                files.append(SourceFile(path: path, size: size(of: path)))
                continue
            }
            let names = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).sorted()
            for name in names where !name.hasPrefix("_") && !name.hasPrefix(".") {
                let child = (path as NSString).appendingPathComponent(name)
                var childIsDirectory: ObjCBool = false
                if manager.fileExists(atPath: child, isDirectory: &childIsDirectory), !childIsDirectory.boolValue {
                    files.append(SourceFile(path: child, size: size(of: child)))
                }
            }
        }
        return files
    }

    /// Strips a `file:` scheme and makes the path absolute against the current directory.
    static func absolute(_ raw: String) -> String {
        var path = raw
        if path.hasPrefix("file://") { path = String(path.dropFirst(7)) } else if path.hasPrefix("file:") { path = String(path.dropFirst(5)) }
        if !path.hasPrefix("/") {
            path = (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        }
        return (path as NSString).standardizingPath
    }

    private static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
