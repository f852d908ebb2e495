extension PyInterpreter {
    /// Appends text to the captured output exactly as given (no newline is added), for host objects that print
    /// (`df.show()`). Throws `MEMORY_LIMIT` when the output grows past the collection cap.
    public func print(_ text: String) throws {
        outputBuffer += text
        if outputBuffer.utf8.count > limits.maxCollectionLength {
            throw PyError.memoryLimit("the program printed more than \(limits.maxCollectionLength) bytes")
        }
        try checkMemory()
    }
}
