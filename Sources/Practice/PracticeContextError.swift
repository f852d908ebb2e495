/// Why a practice command could not start.
public enum PracticeContextError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownTimeZone(String)
    case store(ProgressStoreError)

    public var description: String {
        switch self {
        case .unknownTimeZone(let name):
            "Unknown time zone \"\(name)\". Use an IANA name such as Europe/Berlin or Asia/Kolkata."
        case .store(let error):
            error.description
        }
    }
}
