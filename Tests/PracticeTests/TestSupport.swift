import Foundation
@testable import Practice

/// A fresh directory under the system's temporary directory, removed when released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("practice-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var progressURL: URL { url.appendingPathComponent("progress.sqlite") }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

/// `2026-01-05T09:00:00Z` and friends.
func instant(_ text: String) -> Date {
    guard let date = DojoClock.parseISO8601(text) else {
        preconditionFailure("bad test timestamp \(text)")
    }
    return date
}

/// A clock tests can move.
final class MutableClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date) {
        current = start
    }

    var now: Date {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }

    func advance(seconds: TimeInterval) {
        lock.withLock { current = current.addingTimeInterval(seconds) }
    }

    var dojoClock: DojoClock { DojoClock(now: { [self] in self.now }) }
}

func submission(_ slug: String, _ verdict: String, content: String = "def solve(df): return df") -> SubmissionRecord {
    SubmissionRecord(
        problemSlug: slug, fileName: "\(slug).py", content: content, language: "python", verdict: verdict,
        testsJSON: #"[{"name":"t1","hidden":false,"verdict":"\#(verdict)"}]"#, shuffles: 1,
        createdAt: Date(timeIntervalSince1970: 0))
}

let utc = TimeZone(identifier: "UTC")!
