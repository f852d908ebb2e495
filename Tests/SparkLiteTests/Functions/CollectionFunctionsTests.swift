import Testing
@testable import SparkLite

// Expectations come from PySpark 4.3 (`spark.sql("SELECT ...")`, ANSI on).
struct CollectionFunctionsTests {
    static let ints = DataType.array(element: .int, containsNull: false)
    static func m(_ pairs: [(Value, Value)], _ k: DataType = .string, _ v: DataType = .int) -> Expression {
        .literal(.map(pairs.map { MapEntry($0.0, $0.1) }), .map(key: k, value: v, valueContainsNull: pairs.contains { $0.1.isNull }))
    }

    static let cases: [FunctionCase] = [
        FunctionCase("array", [.i(1), .i(2), .nullOf(.int)], .array([1, 2, .null]), .array(element: .int, containsNull: true)),
        FunctionCase("array", [], .array([]), .array(element: .null, containsNull: false)),
        FunctionCase("array", [.i(1), .l(2)], .array([1, 2]), .array(element: .long, containsNull: false)),
        FunctionCase("size", [.arr([1, 2], .int)], 2, .int),
        FunctionCase("size", [.nullOf(ints)], .null),
        FunctionCase("cardinality", [m([("a", 1)])], 1),
        FunctionCase("array_contains", [.arr([1, 2], .int), .i(2)], true, .boolean),
        FunctionCase("array_contains", [.arr([1, .null], .int), .i(3)], .null),
        FunctionCase("array_contains", [.arr([1, .null], .int), .i(1)], true),
        FunctionCase("array_contains", [.arr([1, 2], .int), .l(1)], true),
        FunctionCase("array_distinct", [.arr([1, 2, 1, .null, .null], .int)], .array([1, 2, .null])),
        FunctionCase("array_union", [.arr([1, 2], .int), .arr([2, 3], .int)], .array([1, 2, 3])),
        FunctionCase("array_intersect", [.arr([1, 2, 2, 3], .int), .arr([2, 3, 4], .int)], .array([2, 3])),
        FunctionCase("array_except", [.arr([1, 2, 2, 3], .int), .arr([2], .int)], .array([1, 3])),
        FunctionCase("arrays_overlap", [.arr([1, 2], .int), .arr([2, 3], .int)], true),
        FunctionCase("array_join", [.arr(["a", .null, "b"], .string), .s(",")], "a,b", .string),
        FunctionCase("array_join", [.arr(["a", .null, "b"], .string), .s(","), .s("N")], "a,N,b"),
        FunctionCase("array_join", [.arr([1, 2], .int), .s("-")], "1-2"),
        FunctionCase("array_max", [.arr([1, 3, .null], .int)], 3, .int),
        FunctionCase("array_min", [.arr([1, 3, .null], .int)], 1),
        FunctionCase("array_max", [.arr([], .int)], .null),
        FunctionCase("array_position", [.arr([3, 2, 1], .int), .i(1)], 3, .long),
        FunctionCase("array_position", [.arr([3], .int), .i(5)], 0),
        FunctionCase("array_remove", [.arr([1, 2, 1, .null], .int), .i(1)], .array([2, .null])),
        FunctionCase("array_remove", [.arr([1, .null], .int), .null], .null),
        FunctionCase("array_position", [.arr([1, .null], .int), .null], .null),
        FunctionCase("array_union", [.arr([1], .int), .arr([2], .long)], .array([1, 2]), .array(element: .long, containsNull: false)),
        FunctionCase("array_except", [.arr([1, .null], .int), .arr([.null], .int)], .array([1])),
        FunctionCase("array_intersect", [.arr([1, .null], .int), .arr([.null], .int)], .array([.null])),
        FunctionCase("array_distinct", [.arr([.double(.nan), .double(.nan)], .double)], .array([.double(.nan)])),
        FunctionCase("arrays_overlap", [.arr([1, .null], .int), .arr([3], .int)], .null),
        FunctionCase("arrays_overlap", [.arr([], .int), .arr([.null], .int)], false),
        FunctionCase("sequence", [.l(1), .l(10), .l(4)], .array([1, 5, 9]), .array(element: .long, containsNull: false)),
        FunctionCase("sequence", [.i(0), .i(0)], .array([0])),
        FunctionCase("slice", [.arr([1, 2, 3], .int), .i(-5), .i(2)], .array([])),
        FunctionCase("slice", [.arr([1, 2, 3], .int), .i(2), .i(10)], .array([2, 3])),
        FunctionCase("map_from_arrays", [.arr([1, 2], .int), .arr(["a", "b"], .string)], .map([MapEntry(1, "a"), MapEntry(2, "b")])),
        FunctionCase("map", [], .map([]), .map(key: .null, value: .null, valueContainsNull: false)),
        FunctionCase("array_repeat", [.s("a"), .i(3)], .array(["a", "a", "a"])),
        FunctionCase("array_repeat", [.s("a"), .i(-1)], .array([])),
        FunctionCase("array_sort", [.arr([3, .null, 1], .int)], .array([1, 3, .null])),
        FunctionCase("sort_array", [.arr([3, .null, 1], .int)], .array([.null, 1, 3])),
        FunctionCase("sort_array", [.arr([3, .null, 1], .int), .b(false)], .array([3, 1, .null])),
        FunctionCase("sort_array", [.arr([.double(.nan), 1.0, -1.0], .double)], .array([-1.0, 1.0, .double(.nan)])),
        FunctionCase("element_at", [.arr([1, 2, 3], .int), .i(1)], 1),
        FunctionCase("element_at", [.arr([1, 2, 3], .int), .i(-1)], 3),
        FunctionCase("element_at", [m([("a", 1)]), .s("a")], 1),
        FunctionCase("element_at", [m([("a", 1)]), .s("b")], .null),
        FunctionCase("try_element_at", [.arr([1], .int), .i(5)], .null),
        FunctionCase("get", [.arr([1, 2], .int), .i(5)], .null),
        FunctionCase("get", [.arr([1, 2], .int), .i(0)], 1),
        FunctionCase("slice", [.arr([1, 2, 3, 4], .int), .i(2), .i(2)], .array([2, 3])),
        FunctionCase("slice", [.arr([1, 2, 3, 4], .int), .i(-2), .i(2)], .array([3, 4])),
        FunctionCase("slice", [.arr([1, 2, 3], .int), .i(5), .i(2)], .array([])),
        FunctionCase("flatten", [.literal(.array([.array([1, 2]), .array([3])]), .array(element: ints, containsNull: false))], .array([1, 2, 3])),
        FunctionCase("flatten", [.literal(.array([.array([1]), .null]), .array(element: ints, containsNull: true))], .null),
        FunctionCase("sequence", [.i(1), .i(5)], .array([1, 2, 3, 4, 5]), ints),
        FunctionCase("sequence", [.i(5), .i(1)], .array([5, 4, 3, 2, 1])),
        FunctionCase("sequence", [.i(1), .i(10), .i(3)], .array([1, 4, 7, 10])),
        FunctionCase("sequence", [.date("2024-01-01"), .date("2024-01-03")], .array([.d("2024-01-01"), .d("2024-01-02"), .d("2024-01-03")])),
        FunctionCase("arrays_zip", [.arr([1, 2], .int), .arr(["a"], .string)], .array([.struct([1, "a"]), .struct([2, .null])])),
        FunctionCase("concat", [.arr([1], .int), .arr([2], .int)], .array([1, 2])),
        FunctionCase("reverse", [.arr([1, 2, 3], .int)], .array([3, 2, 1])),
        FunctionCase("array_append", [.arr([1], .int), .i(2)], .array([1, 2])),
        FunctionCase("array_prepend", [.arr([1], .int), .i(0)], .array([0, 1])),
        FunctionCase("array_compact", [.arr([1, .null], .int)], .array([1])),
        FunctionCase("array_insert", [.arr([1, 2], .int), .i(2), .i(9)], .array([1, 9, 2])),
        FunctionCase("map", [.s("a"), .i(1), .s("b"), .i(2)], .map([MapEntry("a", 1), MapEntry("b", 2)]), .map(key: .string, value: .int, valueContainsNull: false)),
        FunctionCase("map_keys", [m([("a", 1), ("b", 2)])], .array(["a", "b"])),
        FunctionCase("map_values", [m([("a", 1)])], .array([1])),
        FunctionCase("map_entries", [m([("a", 1)])], .array([.struct(["a", 1])])),
        FunctionCase("map_from_arrays", [.arr(["a", "b"], .string), .arr([1, 2], .int)], .map([MapEntry("a", 1), MapEntry("b", 2)])),
        FunctionCase("map_contains_key", [m([("a", 1)]), .s("a")], true),
        FunctionCase("map_concat", [m([("a", 1)]), m([("b", 2)])], .map([MapEntry("a", 1), MapEntry("b", 2)])),
        FunctionCase("struct", [.i(1), .s("a")], .struct([1, "a"]), .struct([StructField("col1", .int, nullable: false), StructField("col2", .string, nullable: false)])),
        FunctionCase("named_struct", [.s("x"), .i(1), .s("y"), .s("z")], .struct([1, "z"]), .struct([StructField("x", .int, nullable: false), StructField("y", .string, nullable: false)])),
        FunctionCase("hash", [.i(1)], .int(-559_580_957), .int),
        FunctionCase("hash", [.i(1), .s("abc")], .int(-1_267_584_506)),
        FunctionCase("hash", [.null], 42),
        FunctionCase("md5", [.s("abc")], "900150983cd24fb0d6963f7d28e17f72", .string),
        FunctionCase("sha1", [.s("abc")], "a9993e364706816aba3e25717850c26c9cd0d89d"),
        FunctionCase("sha2", [.s("abc"), .i(256)], "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        FunctionCase("sha2", [.s("abc"), .i(0)], "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        FunctionCase("sha2", [.s("abc"), .i(384)], "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"),
        FunctionCase("sha2", [.s("abc"), .i(512)], "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"),
        FunctionCase("sha2", [.s(String(repeating: "x", count: 200)), .i(384)], "34c6d696dcbb86ee441ff110160cef6c192104b72fe208884fb0188d0085516f02214a16c913be2ba620fb6e7c9a4a54"),
        FunctionCase("sha2", [.s(String(repeating: "x", count: 200)), .i(512)], "ef978e23dc520404ae16fd17bde9ee5945610d671551d6863a5ffbc99433fc726726e51f989b886191be9325b8f8b03b1a63fe3e5eff23d126c2f41f07d2bf87"),
        FunctionCase("sha2", [.s("abc"), .i(123)], .null),
        FunctionCase("crc32", [.s("abc")], 891_568_578, .long),
        FunctionCase("xxhash64", [.i(1)], .int(-6_698_625_589_789_238_999), .long),
        FunctionCase("xxhash64", [.l(1)], .int(-7_001_672_635_703_045_582)),
        FunctionCase("xxhash64", [.s("abc")], .int(1_423_657_621_850_124_518)),
        FunctionCase("xxhash64", [.s("")], .int(-7_444_071_767_201_028_348)),
        FunctionCase("xxhash64", [.s("abcdefghijklmnopqrstuvwxyz0123456789")], .int(2_724_237_963_427_677_065)),
        FunctionCase("xxhash64", [.s("abcdefg")], .int(3_761_890_393_722_740_389)),
        FunctionCase("xxhash64", [.d(1.5)], .int(7_738_255_526_519_901_366)),
        FunctionCase("xxhash64", [.null], 42),
        FunctionCase("xxhash64", [.i(1), .s("a")], .int(8_205_864_924_878_002_737)),
        FunctionCase("xxhash64", [.arr([1, 2], .int)], .int(-8_133_857_028_838_179_022)),
        FunctionCase("xxhash64", [.literal(.decimal(150, scale: 2), .decimal(precision: 30, scale: 2))], .int(-194_698_251_525_976_593)),
        FunctionCase("xxhash64", [.b(true)], .int(-6_698_625_589_789_238_999)),
        FunctionCase("xxhash64", [.date("2024-01-01")], .int(3_242_891_694_566_951_137)),
    ]

    @Test(arguments: cases)
    func matchesSpark(_ c: FunctionCase) throws { try c.check() }

    static let errors: [FunctionErrorCase] = [
        FunctionErrorCase("element_at", [.arr([1, 2, 3], .int), .i(5)], "INVALID_ARRAY_INDEX_IN_ELEMENT_AT",
                          "The index 5 is out of bounds. The array has 3 elements. Use `try_element_at` to tolerate accessing element at invalid index and return NULL instead."),
        FunctionErrorCase("element_at", [.arr([1, 2, 3], .int), .i(0)], "INVALID_INDEX_OF_ZERO",
                          "The index 0 is invalid. An index shall be either < 0 or > 0 (the first element has index 1)."),
        FunctionErrorCase("slice", [.arr([1, 2, 3], .int), .i(0), .i(2)], "INVALID_PARAMETER_VALUE.START",
                          "The value of parameter(s) `start` in `slice` is invalid: Expects a positive or a negative value for `start`, but got 0."),
        FunctionErrorCase("slice", [.arr([1, 2, 3], .int), .i(1), .i(-1)], "INVALID_PARAMETER_VALUE.LENGTH",
                          "The value of parameter(s) `length` in `slice` is invalid: Expects `length` greater than or equal to 0, but got -1."),
        FunctionErrorCase("array_contains", [.arr([1, 2], .int), .null], "DATATYPE_MISMATCH.NULL_TYPE",
                          "Cannot resolve \"array_contains([1, 2], NULL)\" due to data type mismatch: Null typed values cannot be used as arguments of `array_contains`."),
        FunctionErrorCase("map", [.s("a"), .i(1), .s("a"), .i(2)], "DUPLICATED_MAP_KEY",
                          "Duplicate map key a was found, please check the input data.\nIf you want to remove the duplicated keys, you can set \"spark.sql.mapKeyDedupPolicy\" to \"LAST_WIN\" so that the key inserted at last takes precedence."),
        FunctionErrorCase("map", [.nullOf(.string), .i(1)], "NULL_MAP_KEY", "Cannot use null as map key."),
        FunctionErrorCase("map_from_arrays", [.arr(["a"], .string), .arr([1, 2], .int)], "_LEGACY_ERROR_TEMP_2128"),
        FunctionErrorCase("hash", [m([("a", 1)])], "DATATYPE_MISMATCH.HASH_MAP_TYPE"),
        FunctionErrorCase("sequence", [.i(1), .i(5), .i(-1)], "IllegalArgumentException"),
        FunctionErrorCase("array_contains", [.arr([1], .int), .s("a")], "DATATYPE_MISMATCH.ARRAY_FUNCTION_DIFF_TYPES",
                          "Cannot resolve \"array_contains([1], a)\" due to data type mismatch: Input to `array_contains` should have been \"ARRAY\" followed by a value with same element type, but it's [\"ARRAY<INT>\", \"STRING\"]."),
        FunctionErrorCase("array_union", [.arr([1], .int), .arr(["a"], .string)], "DATATYPE_MISMATCH.BINARY_ARRAY_DIFF_TYPES",
                          "Cannot resolve \"array_union([1], [a])\" due to data type mismatch: Input to function `array_union` should have been two \"ARRAY\" with same element type, but it's [\"ARRAY<INT>\", \"ARRAY<STRING>\"]."),
        FunctionErrorCase("array", [.i(1), .s("a")], "CAST_INVALID_INPUT"),
    ]

    @Test(arguments: errors)
    func failsLikeSpark(_ c: FunctionErrorCase) { c.check() }

    @Test func extractValueResolvesLikeSpark() throws {
        let array = Expression.arr([1, 2, 3], .int)
        #expect(try FunctionTestSupport.eval(ExtractValue.extractValue(array, .i(0))) == 1)
        #expect(throws: SparkError("INVALID_ARRAY_INDEX", "The index 5 is out of bounds. The array has 3 elements. Use the SQL function `get()` to tolerate accessing element at invalid index and return NULL instead.")) {
            try FunctionTestSupport.eval(ExtractValue.extractValue(array, .i(5)))
        }
        #expect(throws: SparkError.self) { try FunctionTestSupport.eval(ExtractValue.extractValue(array, .i(-1))) }
        let map = Self.m([("a", 1)])
        #expect(try FunctionTestSupport.eval(ExtractValue.extractValue(map, .s("b"))) == .null)
        #expect(try FunctionTestSupport.eval(ExtractValue.extractValue(map, .s("a"))) == 1)
        let structType = DataType.struct([StructField("a", .int), StructField("b", .int)])
        let s = Expression.literal(.struct([1, 2]), structType)
        let field = try ExtractValue.extractValue(s, .s("B"))
        #expect(field.dataType == .int)
        #expect(try FunctionTestSupport.eval(field) == 2)
        let structs = Expression.literal(.array([.struct([1, 2]), .struct([3, 4])]), .array(element: structType, containsNull: false))
        #expect(try FunctionTestSupport.eval(ExtractValue.extractValue(structs, .s("a"))) == .array([1, 3]))
        #expect(throws: SparkError.self) { try ExtractValue.extractValue(s, .s("zz")) }
        #expect(throws: SparkError.self) { try ExtractValue.extractValue(.i(1), .i(0)) }
    }

    @Test func arrayOfIntAndStringIsBigint() throws {
        // typeof(array(1, 'a')) is array<bigint> in Spark; evaluating it fails to cast 'a'.
        guard case .array(let element, _) = try FunctionTestSupport.build("array", [.i(1), .s("a")]).dataType else {
            Issue.record("not an array")
            return
        }
        #expect(element == .long)
    }

    @Test func structFieldsAreNamedLikeSpark() throws {
        let id = Expression.attribute(AttributeReference(name: "id", dataType: .long, nullable: false))
        let e = try FunctionTestSupport.build("struct", [id, .arithmetic(.add, id, .l(1), .ansi), .alias(id, name: "k", exprId: .next())])
        guard case .struct(let fields) = e.dataType else { Issue.record("not a struct"); return }
        #expect(fields.map(\.name) == ["id", "col2", "k"])
    }
}
