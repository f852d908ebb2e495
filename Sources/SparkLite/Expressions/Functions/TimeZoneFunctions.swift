import Foundation

/// `from_utc_timestamp(ts, zone)`: the wall-clock time in `zone` of the UTC instant `ts`;
/// `to_utc_timestamp(ts, zone)`: the UTC instant of the wall-clock time `ts` in `zone`. A wall-clock time
/// that occurs twice (clocks going back) takes the earlier offset and one skipped by clocks going forward
/// moves later by the gap, as `java.time` resolves them.
let timeZoneFunctionBuilders: [FunctionBuilder] =
    scalar("from_utc_timestamp", "to_utc_timestamp") { c, _ throws(SparkError) in
        try c.arity(2)
        let toUTC = c.name == "to_utc_timestamp"
        let constantZone: TimeZone? = if case .string(let z)? = c.literal(1) { try SessionZones.zone(z) } else { nil }
        return c.make([try timestampArg(c, 0), try c.string(1)], .timestamp) { v in
            guard case .timestamp(let t) = v[0], case .string(let name) = v[1] else { return .null }
            let zone = try constantZone ?? SessionZones.zone(name)
            return .timestamp(toUTC ? SessionZones.utc(ofLocal: t, in: zone) : SessionZones.local(ofUTC: t, in: zone))
        }
    }

enum SessionZones {
    /// A region ID (`America/New_York`) or an offset (`+05:30`, `-08`, `Z`, `UTC`), or `INVALID_TIMEZONE`.
    static func zone(_ name: String) throws(SparkError) -> TimeZone {
        let upper = name.uppercased()
        if upper == "Z" || upper == "UTC" { return TimeZone(secondsFromGMT: 0) ?? .current }
        if let first = name.first, first == "+" || first == "-" {
            let parts = name.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
            let numbers = parts.map { Int($0) }
            if (1...3).contains(parts.count), parts.allSatisfy({ $0.count == 2 }), !numbers.contains(nil) {
                let seconds = (numbers[0] ?? 0) * 3600 + (numbers.count > 1 ? numbers[1] ?? 0 : 0) * 60 + (numbers.count > 2 ? numbers[2] ?? 0 : 0)
                if seconds <= 18 * 3600, let zone = TimeZone(secondsFromGMT: first == "-" ? -seconds : seconds) { return zone }
            }
        } else if name.contains("/") || upper == "GMT", let zone = TimeZone(identifier: name) {
            return zone
        }
        throw SparkError("INVALID_TIMEZONE", "The timezone: \(name) is invalid. The timezone must be either a region-based zone ID or a zone offset. Region IDs must have the form 'area/city', such as 'America/Los_Angeles'. Zone offsets must be in the format '(+|-)HH', '(+|-)HH:mm’ or '(+|-)HH:mm:ss', e.g '-08' , '+01:00' or '-13:33:33', and must be in the range from -18:00 to +18:00. 'Z' and 'UTC' are accepted as synonyms for '+00:00'.", sqlState: "22009")
    }

    /// The zone's offset at a UTC instant, in microseconds.
    static func offset(_ zone: TimeZone, atUTC micros: Int64) -> Int64 {
        let seconds = Double(Cast.floorDiv(micros, 1_000_000))
        return Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds))) * 1_000_000
    }

    static func local(ofUTC micros: Int64, in zone: TimeZone) -> Int64 {
        micros + offset(zone, atUTC: micros)
    }

    static func utc(ofLocal micros: Int64, in zone: TimeZone) -> Int64 {
        // The offsets in force a day either side bound every offset a wall-clock time can have.
        let before = offset(zone, atUTC: micros - DateTimeUtils.microsPerDay)
        let after = offset(zone, atUTC: micros + DateTimeUtils.microsPerDay)
        let valid = [before, after].filter { offset(zone, atUTC: micros - $0) == $0 }
        // Twice or never (a gap): the offset before the transition.
        return micros - (valid.count == 1 ? valid[0] : before)
    }
}
