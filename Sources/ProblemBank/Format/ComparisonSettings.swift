/// How a solution's result is compared with the expected one. Declared per problem and shown to the
/// user, so the judge's rules are never implicit.
public struct ComparisonSettings: Sendable, Hashable, Codable {
    /// Rows must come in the expected order (otherwise they are compared as a multiset).
    public var ordered: Bool
    /// Relative tolerance for floating-point values.
    public var floatTolerance: Double
    /// Column names must match, in order.
    public var checkColumnNames: Bool
    /// Column types must match exactly (otherwise numeric types compare by value).
    public var checkTypes: Bool

    public static let defaultFloatTolerance = 1e-6

    public init(ordered: Bool = false, floatTolerance: Double = ComparisonSettings.defaultFloatTolerance,
                checkColumnNames: Bool = true, checkTypes: Bool = false) {
        self.ordered = ordered
        self.floatTolerance = floatTolerance
        self.checkColumnNames = checkColumnNames
        self.checkTypes = checkTypes
    }

    enum CodingKeys: String, CodingKey {
        case ordered
        case floatTolerance = "float_tolerance"
        case checkColumnNames = "check_column_names"
        case checkTypes = "check_types"
    }

    static let keyNames = ["ordered", "float_tolerance", "check_column_names", "check_types"]
}
