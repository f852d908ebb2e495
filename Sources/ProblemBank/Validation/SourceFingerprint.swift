import Foundation

/// What the bank remembers about the sources it was built from, to rebuild when they change:
/// a cheap fingerprint (paths, sizes, modification times) checked first, and a content hash
/// (paths and bytes) that decides when the fingerprint differs (e.g. after a fresh checkout).
/// Both cover `Problems/` and the sibling `Solutions/`.
enum SourceFingerprint {
    /// One regular file under `Problems/` or `Solutions/`.
    struct File {
        let relativePath: String
        let path: String
        let size: Int64
        let modified: Double
    }

    /// Every regular file under `Problems/` and `Solutions/` (hidden files and `__pycache__` left out), sorted
    /// by path. Walked with `stat` directly: Foundation's enumerator costs a tenth of a second per command.
    static func files(sources: URL) -> [File] {
        let sources = sources.standardizedFileURL
        let root = sources.deletingLastPathComponent()
        var result: [File] = []
        func walk(_ path: String, _ relative: String) {
            guard let directory = opendir(path) else { return }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name.hasPrefix(".") || name == "__pycache__" { continue }
                let childPath = path + "/" + name, childRelative = relative + "/" + name
                var info = stat()
                guard stat(childPath, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    walk(childPath, childRelative)
                } else if (info.st_mode & S_IFMT) == S_IFREG {
                    let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
                    result.append(File(relativePath: childRelative, path: childPath, size: Int64(info.st_size), modified: modified))
                }
            }
        }
        for directory in [sources, root.appendingPathComponent("Solutions")] {
            walk(directory.path, directory.lastPathComponent)
        }
        return result.sorted { $0.relativePath < $1.relativePath }
    }

    /// SHA-256 of paths, sizes and modification times.
    static func statFingerprint(sources: URL) -> String {
        var text = ""
        for file in files(sources: sources) {
            text += "\(file.relativePath)\u{0}\(file.size)\u{0}\(file.modified)\n"
        }
        return SHA256.hex(text)
    }

    /// SHA-256 of paths and bytes.
    static func contentHash(sources: URL) -> String {
        var bytes: [UInt8] = []
        for file in files(sources: sources) {
            bytes += Array(file.relativePath.utf8) + [0]
            if let data = FileManager.default.contents(atPath: file.path) {
                bytes += Array(String(data.count).utf8) + [0] + Array(data)
            }
        }
        return SHA256.hex(bytes)
    }
}
