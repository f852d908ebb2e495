/// The function families the built-in registry is made of.
let builtinFamilies: [[FunctionBuilder]] = [
    aggregateFunctionBuilders,
    windowFunctionBuilders,
    scalarFunctionBuilders,
]
