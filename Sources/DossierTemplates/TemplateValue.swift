/// A value a template can show: text, a flag, a count, a list, or an object with named fields.
/// Views answer their fields by name themselves, so rendering needs no reflection.
public enum TemplateValue: Sendable {
    case text(String)
    case bool(Bool)
    case number(Int)
    case list([TemplateValue])
    case object(any TemplateObject)
    case null

    /// Mustache truthiness: `false`, null, an empty list, an empty text and zero hide a section.
    package var isTruthy: Bool {
        switch self {
        case .text(let text): !text.isEmpty
        case .bool(let flag): flag
        case .number(let number): number != 0
        case .list(let items): !items.isEmpty
        case .object: true
        case .null: false
        }
    }
}

/// A view whose fields templates read: `nil` means "no such field here" (the lookup goes on to the
/// enclosing views), `.null` means "a field with no value".
public protocol TemplateObject: TemplateRepresentable, Sendable {
    func templateValue(for key: String) -> TemplateValue?
}

/// Anything that can stand as a template value.
public protocol TemplateRepresentable {
    var templateValue: TemplateValue { get }
}

extension String: TemplateRepresentable {
    public var templateValue: TemplateValue { .text(self) }
}

extension Bool: TemplateRepresentable {
    public var templateValue: TemplateValue { .bool(self) }
}

extension Int: TemplateRepresentable {
    public var templateValue: TemplateValue { .number(self) }
}

extension Optional: TemplateRepresentable where Wrapped: TemplateRepresentable {
    public var templateValue: TemplateValue { self?.templateValue ?? .null }
}

extension Array: TemplateRepresentable where Element: TemplateRepresentable {
    public var templateValue: TemplateValue { .list(map(\.templateValue)) }
}

extension TemplateObject {
    public var templateValue: TemplateValue { .object(self) }
}
