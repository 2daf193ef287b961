/// Turns a `DecodingError` into "path: message" text a person can act on.
public enum DecodingErrorText {
    /// The coding path as `findings[3].value`.
    public static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text.isEmpty ? "(top level)" : text
    }

    /// The field path and a plain message.
    public static func pathAndMessage(_ error: DecodingError) -> (path: String, message: String) {
        switch error {
        case .typeMismatch(let type, let context):
            return (path(context.codingPath), "expected \(describe(type))")
        case .valueNotFound(let type, let context):
            return (path(context.codingPath), "expected \(describe(type)), found null")
        case .keyNotFound(let key, let context):
            return (path(context.codingPath + [key]), "is required")
        case .dataCorrupted(let context):
            let message =
                context.debugDescription.contains("not valid JSON")
                    || context.debugDescription.contains("given data")
                ? "is not valid JSON" : context.debugDescription
            return (path(context.codingPath), message)
        @unknown default:
            return ("(top level)", "could not be read")
        }
    }

    /// "path: message" on one line.
    public static func describe(_ error: DecodingError) -> String {
        let (path, message) = pathAndMessage(error)
        return "\(path): \(message)"
    }

    private static func describe(_ type: Any.Type) -> String {
        let name = String(describing: type)
        switch name {
        case "Double", "Int", "Float": return "a number"
        case "String": return "text"
        case "Bool": return "true or false"
        default:
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "a value of type \(name)"
        }
    }
}
