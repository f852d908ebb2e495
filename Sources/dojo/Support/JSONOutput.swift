import Foundation
import ProblemBank

/// Prints one JSON document on stdout, as the contracts require.
enum JSONOutput {
    static func print(_ value: JSONValue) {
        Swift.print(value.jsonText)
    }
}
