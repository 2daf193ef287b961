/// What is wrong with a submitted workspace form, field by field, for the error summary and the inline messages.
struct FormProblems: Error, Sendable, Equatable {
    /// One field and what to do about it.
    struct Item: Sendable, Equatable {
        let field: String
        let message: String
    }

    var items: [Item] = []

    mutating func add(_ field: String, _ message: String) { items.append(Item(field: field, message: message)) }

    var isEmpty: Bool { items.isEmpty }

    func message(for field: String) -> String? { items.first { $0.field == field }?.message }

    /// For the page's error summary (links to the fields).
    var summary: [FieldErrorItem] { items.map { FieldErrorItem(field: $0.field, message: $0.message) } }
}
