import Foundation
import GRDB

extension ProgressStore {
    /// The whole history as JSON, for backups and moving to another machine.
    public func exportJSON() throws(ProgressStoreError) -> Data {
        let snapshot = try snapshot()
        let migrations = try appliedMigrations()
        let export = ProgressExport(
            format: ProgressExport.formatName, migrations: migrations, exportedAt: clock.now(), history: snapshot)
        return try perform { try ProgressExport.encoder().encode(export) }
    }

    /// Submissions, reviews, hints and exams as one CSV table for spreadsheets.
    public func exportCSV() throws(ProgressStoreError) -> String {
        let snapshot = try snapshot()
        var rows: [[String]] = [["kind", "at", "reference", "topic", "result", "detail"]]
        for submission in snapshot.submissions {
            rows.append([
                "submission", ISO8601.string(from: submission.createdAt), submission.problemSlug, "",
                submission.verdict, submission.shuffles.map { "shuffles=\($0)" } ?? "",
            ])
        }
        for review in snapshot.reviews {
            rows.append([
                "review", ISO8601.string(from: review.reviewedAt), review.questionID, review.topic,
                review.correct ? "correct" : "wrong", "rating=\((Rating(rawValue: review.rating) ?? .again).name)",
            ])
        }
        for hint in snapshot.hints {
            rows.append(["hint", ISO8601.string(from: hint.createdAt), hint.problemSlug, "", "", "hint=\(hint.hintNumber)"])
        }
        for exam in snapshot.exams {
            rows.append([
                "exam", ISO8601.string(from: exam.startedAt), "exam-\(exam.id ?? 0)", "",
                exam.passed ? "passed" : "failed", "score=\(exam.correct)/\(exam.total)",
            ])
        }
        let sorted = [rows[0]] + rows.dropFirst().sorted { ($0[1], $0[0], $0[2]) < ($1[1], $1[0], $1[2]) }
        return sorted.map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Merges an export into this history in one transaction. Records already present (same time
    /// and subject) are skipped, so importing the same file twice adds nothing; a card is replaced
    /// only by a more recently reviewed one.
    @discardableResult
    public func importJSON(_ data: Data, source: String) throws(ProgressStoreError) -> ImportSummary {
        let export: ProgressExport
        do {
            export = try ProgressExport.decoder().decode(ProgressExport.self, from: data)
        } catch {
            throw .invalidImport(path: source, detail: "not a progress export (\(error))")
        }
        guard export.format == ProgressExport.formatName else {
            throw .invalidImport(path: source, detail: "format is \"\(export.format)\"")
        }
        let known = Set(ProgressSchema.identifiers)
        if let unknown = export.migrations.first(where: { !known.contains($0) }) {
            throw .invalidImport(path: source, detail: "written by a newer dojo (schema \(unknown))")
        }
        let history = export.history
        return try perform {
            try writer.write { db in
                var summary = ImportSummary()
                summary.submissions = try Self.merge(
                    history.submissions, into: SubmissionRecord.fetchAll(db),
                    key: { "\($0.problemSlug)|\(Self.millis($0.createdAt))|\($0.content)" }
                ) { record in
                    var record = record
                    record.id = nil
                    try record.insert(db)
                }
                summary.reviews = try Self.merge(
                    history.reviews, into: ReviewRecord.fetchAll(db),
                    key: { "\($0.questionID)|\(Self.millis($0.reviewedAt))|\($0.rating)" }
                ) { record in
                    var record = record
                    record.id = nil
                    try record.insert(db)
                }
                for record in history.cards {
                    let existing = try CardRecord.fetchOne(db, key: record.questionID)
                    if let existing, (existing.lastReview ?? .distantPast) >= (record.lastReview ?? .distantPast) {
                        continue
                    }
                    try record.save(db)
                    summary.cards += 1
                }
                summary.hints = try Self.merge(
                    history.hints, into: HintRecord.fetchAll(db),
                    key: { "\($0.problemSlug)|\(Self.millis($0.createdAt))|\($0.hintNumber)" }
                ) { record in
                    var record = record
                    record.id = nil
                    try record.insert(db)
                }
                summary.exams = try Self.merge(
                    history.exams, into: ExamRecord.fetchAll(db),
                    key: { "\(Self.millis($0.startedAt))|\($0.answersJSON)" }
                ) { record in
                    var record = record
                    record.id = nil
                    try record.insert(db)
                }
                summary.activity = try Self.merge(
                    history.activity, into: ActivityRecord.fetchAll(db),
                    key: { "\(Self.millis($0.occurredAt))|\($0.kind.rawValue)|\($0.reference)" }
                ) { record in
                    var record = record
                    record.id = nil
                    try record.insert(db)
                }
                summary.reviewItems = try Self.merge(
                    history.reviewItems, into: ReviewItemRecord.fetchAll(db),
                    key: { "\($0.kind.rawValue)|\($0.reference)|\(Self.millis($0.createdAt))" }
                ) { record in
                    var record = record
                    record.id = nil
                    // At most one open item per subject.
                    if record.resolvedAt == nil, try !ReviewItemRecord.filter(
                        Column("kind") == record.kind.rawValue && Column("reference") == record.reference
                            && Column("resolved_at") == nil
                    ).isEmpty(db) {
                        return
                    }
                    try record.insert(db)
                }
                return summary
            }
        }
    }

    /// Inserts the imported records that are not already present, counting duplicates: a history
    /// with two identical records and an import with three adds one.
    static func merge<Record>(
        _ imported: [Record], into existing: [Record], key: (Record) -> String, insert: (Record) throws -> Void
    ) rethrows -> Int {
        var present = Dictionary(existing.map { (key($0), 1) }, uniquingKeysWith: +)
        var added = 0
        for record in imported {
            let identity = key(record)
            if let count = present[identity], count > 0 {
                present[identity] = count - 1
            } else {
                try insert(record)
                added += 1
            }
        }
        return added
    }

    static func millis(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}
