import Foundation

extension TimeZone {
    /// `TZ` when it names a known zone, else the system's zone.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> TimeZone {
        if let name = environment["TZ"], !name.isEmpty {
            let trimmed = name.hasPrefix(":") ? String(name.dropFirst()) : name
            if let zone = TimeZone(identifier: trimmed) { return zone }
        }
        return .current
    }
}
