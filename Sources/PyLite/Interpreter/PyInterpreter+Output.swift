extension PyInterpreter {
    /// Appends text to the captured output, as `print` does: for host objects that print (`df.show()`).
    public func print(_ text: String) throws {
        outputBuffer += text
        try checkMemory()
    }
}
