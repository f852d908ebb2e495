import Foundation

/// The lines of one file split, as Hadoop's `LineRecordReader` hands them to Spark: a split owns
/// every line that starts inside `(start, end]` (or at 0 for the first split), so a line crossing
/// a split boundary is read once, by the split it starts in. `\r\n` endings lose the `\r`.
enum SplitLines {
    /// How far the scan moves between hand-backs of the file's pages behind it.
    static let releaseBytes = 1 << 20

    /// Maps the file read-only (pages are loaded as touched) and calls `body` with each line of the
    /// split and its byte offset in the file.
    static func forEach(_ split: FileSplit, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws {
        let failure = SparkError("FAILED_READ_FILE.NO_HINT", "Encountered error while reading file \(split.file.uri).", sqlState: "KD001")
        let descriptor = open(split.file.path, O_RDONLY)
        guard descriptor >= 0 else { throw failure }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure }
        let count = Int(status.st_size)
        guard count > 0 else { return }
        guard let mapping = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0), mapping != MAP_FAILED else { throw failure }
        defer { munmap(mapping, count) }
        let base = UnsafePointer<UInt8>(mapping.assumingMemoryBound(to: UInt8.self))
        let bytes = UnsafeBufferPointer(start: base, count: count)
        var position = split.start
        if split.start != 0 {
            // Skip the partial line: it belongs to the split before.
            while position < count && bytes[position] != 10 { position += 1 }
            position += 1
        }
        let end = min(split.end, count)
        // Pages read stay resident while mapped. The lines behind the scan are done with, so their pages
        // are handed back as it moves on (a later read would load them from the file again): a split
        // costs the memory of its parsed columns, not of its text.
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        var released = position
        while position <= end && position < count {
            if position - released >= releaseBytes {
                let from = (released + page - 1) / page * page, to = position / page * page
                if to > from { madvise(mapping + from, to - from, MADV_DONTNEED) }
                released = position
            }
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
