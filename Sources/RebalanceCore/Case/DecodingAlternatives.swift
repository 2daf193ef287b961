extension SingleValueDecodingContainer {
    /// The value as `T`, or `nil` when it holds a value of another type, for a field that may take one of several
    /// shapes. Any other failure (a missing value, damaged data) throws: a stored case never loses a field quietly.
    func decodeIfType<T: Decodable>(_ type: T.Type) throws -> T? {
        do {
            return try decode(T.self)
        } catch DecodingError.typeMismatch {
            return nil
        }
    }
}
