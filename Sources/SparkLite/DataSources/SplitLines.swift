import Foundation

/// The lines of one file split, as Hadoop's `LineRecordReader` hands them to Spark: a split owns
/// every line that starts inside `(start, end]` (or at 0 for the first split), so a line crossing
/// a split boundary is read once, by the split it starts in. `\r\n` endings lose the `\r`.
enum SplitLines {
    /// Maps the file (pages are loaded as touched) and calls `body` with each line of the split and
    /// its byte offset in the file.
    static func forEach(_ split: FileSplit, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: split.file.path), options: .alwaysMapped)
        } catch {
            throw SparkError("FAILED_READ_FILE.NO_HINT", "Encountered error while reading file \(split.file.uri).", sqlState: "KD001")
        }
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            let count = bytes.count
            var position = split.start
            if split.start != 0 {
                // Skip the partial line: it belongs to the split before.
                while position < count && bytes[position] != 10 { position += 1 }
                position += 1
            }
            let end = min(split.end, count)
            guard let base = bytes.baseAddress else { return }
            while position <= end && position < count {
                var lineEnd = count
                if let newline = memchr(base + position, 10, count - position) {
                    lineEnd = UnsafePointer<UInt8>(newline.assumingMemoryBound(to: UInt8.self)) - base
                }
                var contentEnd = lineEnd
                if contentEnd > position && bytes[contentEnd - 1] == 13 { contentEnd -= 1 }
                try body(UnsafeBufferPointer(rebasing: bytes[position..<contentEnd]), position)
                position = lineEnd + 1
            }
        }
    }
}
