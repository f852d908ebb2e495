import Testing
@testable import SparkLite

@Test(arguments: [
    (DataType.int, "int"), (.long, "bigint"), (.short, "smallint"), (.byte, "tinyint"),
    (.decimal(precision: 10, scale: 2), "decimal(10,2)"),
    (.array(element: .string, containsNull: true), "array<string>"),
    (.map(key: .string, value: .int, valueContainsNull: true), "map<string,int>"),
    (.struct([StructField("a", .int), StructField("b", .string)]), "struct<a:int,b:string>"),
])
func simpleStringMatchesSpark(type: DataType, expected: String) {
    #expect(type.simpleString == expected)
}
