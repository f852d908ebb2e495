import Foundation

/// What the bank remembers about the sources it was built from, to rebuild when they change:
/// a cheap fingerprint (paths, sizes, modification times) checked first, and a content hash
/// (paths and bytes) that decides when the fingerprint differs (e.g. after a fresh checkout).
/// Both cover `Problems/` and the sibling `Solutions/`.
enum SourceFingerprint {
    /// (relative path, URL) of every regular file under `Problems/` and `Solutions/`, sorted by path.
    static func files(sources: URL) -> [(String, URL)] {
        let sources = sources.standardizedFileURL
        let root = sources.deletingLastPathComponent()
        var result: [(String, URL)] = []
        for directory in [sources, root.appendingPathComponent("Solutions")] {
            guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey],
                                                                  options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in enumerator {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
                let relative = directory.lastPathComponent + "/" + url.standardizedFileURL.path.dropFirst(directory.path.count + 1)
                if relative.contains("__pycache__") { continue }
                result.append((relative, url))
            }
        }
        return result.sorted { $0.0 < $1.0 }
    }

    /// SHA-256 of paths, sizes and modification times.
    static func statFingerprint(sources: URL) -> String {
        var text = ""
        for (path, url) in files(sources: sources) {
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
            let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            text += "\(path)\u{0}\(size)\u{0}\(modified)\n"
        }
        return SHA256.hex(text)
    }

    /// SHA-256 of paths and bytes.
    static func contentHash(sources: URL) -> String {
        var bytes: [UInt8] = []
        for (path, url) in files(sources: sources) {
            bytes += Array(path.utf8) + [0]
            if let data = FileManager.default.contents(atPath: url.path) {
                bytes += Array(String(data.count).utf8) + [0] + Array(data)
            }
        }
        return SHA256.hex(bytes)
    }
}
