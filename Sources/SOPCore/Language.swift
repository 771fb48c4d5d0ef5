/// The language of what users read: Bahasa Indonesia by default, English on request.
public enum Language: String, Sendable, CaseIterable {
    case id
    case en

    /// `--lang` (or `--lang=`) on the command line wins, then LC_ALL, LC_MESSAGES and LANG:
    /// a value starting with "en" means English; anything else, Bahasa Indonesia.
    public static func detect(arguments: [String], environment: [String: String]) -> Language {
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.endIndex {
                return Language(code: arguments[index + 1]) ?? .id
            }
            if argument.hasPrefix("--lang=") {
                return Language(code: String(argument.dropFirst("--lang=".count))) ?? .id
            }
            index += 1
        }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("en") ? .en : .id
            }
        }
        return .id
    }

    /// "id", "in", "id_ID", "en", "en_US.UTF-8"…; nil for any other code.
    public init?(code: String) {
        let lower = code.lowercased()
        if lower.hasPrefix("en") {
            self = .en
        } else if lower.hasPrefix("id") || lower.hasPrefix("in") {
            self = .id
        } else {
            return nil
        }
    }
}

/// A text in both languages. Every sentence users read is one of these, built in the catalog.
public struct Localized: Sendable, Hashable, CustomStringConvertible {
    public let id: String
    public let en: String

    public init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    /// The same words in both languages (names, numbers, quoted source text).
    public init(verbatim: String) {
        self.id = verbatim
        self.en = verbatim
    }

    public func text(_ language: Language) -> String {
        language == .en ? en : id
    }

    public var description: String { id }

    public static func + (lhs: Localized, rhs: Localized) -> Localized {
        Localized(id: lhs.id + rhs.id, en: lhs.en + rhs.en)
    }
}
