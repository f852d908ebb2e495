/// Every scalar function family, registered by name.
let scalarFunctionBuilders: [FunctionBuilder] = []
