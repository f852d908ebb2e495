import Practice

/// A problem's status for this user: solved (an accepted submission), attempted, or new.
enum ProblemStatus: String, CaseIterable {
    case solved, attempted, new

    /// Statuses by problem slug from the progress store; empty when there is no history yet.
    static func all(home: String?) -> [String: ProblemStatus] {
        guard let context = try? PracticeContext.open(home: home),
              let submissions = try? context.store.submissions() else { return [:] }
        var result: [String: ProblemStatus] = [:]
        for submission in submissions {
            if submission.isAccepted { result[submission.problemSlug] = .solved }
            else if result[submission.problemSlug] == nil { result[submission.problemSlug] = .attempted }
        }
        return result
    }
}
