import PyLite
import SparkLite

/// Registers the `pyspark` packages a solution imports.
enum PySparkModules {
    static func register(in registry: PyModuleRegistry, session: SessionObject) {
        let context = session.context
        let sessionClass = BuilderObject.sessionClass(session)
        let sqlNames = ["SparkSession", "DataFrame", "Column", "Row", "Window", "WindowSpec", "functions", "types", "GroupedData"]
        func sqlAttribute(_ name: String) -> PyValue? {
            switch name {
            case "SparkSession": .classObject(sessionClass)
            case "DataFrame": .classObject(DataFrameObject.pyClassObject)
            case "Column": .classObject(ColumnObject.pyClassObject)
            case "Row": .classObject(RowObject.rowClass)
            case "Window": .classObject(WindowSpecObject.windowClass)
            default: nil
            }
        }
        let sparkContextClass = context.rdd.contextClass
        func coreAttribute(_ name: String) -> PyValue? {
            switch name {
            case "StorageLevel": .classObject(StorageLevelObject.storageLevelClass)
            case "SparkContext": .classObject(sparkContextClass)
            case "RDD": .classObject(RDDObject.pyClassObject)
            case "portable_hash": .native(PortableHashFunction.function)
            case "ResultIterable": .classObject(ResultIterableObject.pyClassObject)
            default: nil
            }
        }
        registry.register(PyModule(name: "pyspark", attributes: coreAttribute,
                                   exportedNames: { ["StorageLevel", "SparkContext", "RDD"] }))
        for name in ["pyspark.rdd", "pyspark.core.rdd"] {
            registry.register(PyModule(name: name, attributes: coreAttribute, exportedNames: { ["RDD", "portable_hash"] }))
        }
        for name in ["pyspark.context", "pyspark.core.context"] {
            registry.register(PyModule(name: name, attributes: coreAttribute, exportedNames: { ["SparkContext"] }))
        }
        registry.register(PyModule(name: "pyspark.resultiterable", attributes: coreAttribute, exportedNames: { ["ResultIterable"] }))
        registry.register(PyModule(name: "pyspark.storagelevel", attributes: { name in
            name == "StorageLevel" ? .classObject(StorageLevelObject.storageLevelClass) : nil
        }, exportedNames: { ["StorageLevel"] }))
        registry.register(PyModule(name: "pyspark.sql", attributes: sqlAttribute, exportedNames: { sqlNames }))
        registry.register("pyspark.sql.functions") { FunctionsModule.module(context) }
        registry.register("pyspark.sql.types") { DataTypeObject.module() }
        registry.register(PyModule(name: "pyspark.sql.window", attributes: { name in
            name == "Window" ? .classObject(WindowSpecObject.windowClass) : nil
        }, exportedNames: { ["Window"] }))
        registry.register(PyModule(name: "pyspark.sql.dataframe", attributes: sqlAttribute, exportedNames: { ["DataFrame"] }))
        registry.register(PyModule(name: "pyspark.sql.column", attributes: sqlAttribute, exportedNames: { ["Column"] }))
        registry.register(PyModule(name: "pyspark.sql.session", attributes: sqlAttribute, exportedNames: { ["SparkSession"] }))
    }
}
