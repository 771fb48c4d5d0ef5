import SOPCore
import SOPYAML

/// The stable codes of the loader's diagnostics.
public enum LoaderCode {
    public static let unknownKey: DiagnosticCode = "unknown-key"
    public static let missingKey: DiagnosticCode = "missing-key"
    public static let wrongType: DiagnosticCode = "wrong-type"
    public static let emptyValue: DiagnosticCode = "empty-value"
    public static let invalidChoice: DiagnosticCode = "invalid-choice"
    public static let invalidBoolean: DiagnosticCode = "invalid-boolean"
    public static let invalidIdentifier: DiagnosticCode = "invalid-id"
    public static let reservedIdentifier: DiagnosticCode = "reserved-id"
    public static let conflictingKeys: DiagnosticCode = "conflicting-keys"
    public static let waktuFormat: DiagnosticCode = "waktu-format"
    public static let dateFormat: DiagnosticCode = "date-format"
    public static let dateNonexistent: DiagnosticCode = "date-nonexistent"
    public static let serviceHoursFormat: DiagnosticCode = "jam-layanan-format"
    public static let waktuSeveral: DiagnosticCode = "waktu-several"
    public static let waktuSpelled: DiagnosticCode = "waktu-spelled"
    public static let waktuStatedAlone: DiagnosticCode = "waktu-baku-alone"

    public static let all: [DiagnosticCode] = [
        unknownKey, missingKey, wrongType, emptyValue, invalidChoice, invalidBoolean, invalidIdentifier,
        reservedIdentifier, conflictingKeys, waktuFormat, dateFormat, dateNonexistent, serviceHoursFormat,
        waktuSeveral, waktuSpelled, waktuStatedAlone,
    ]
}

/// Collects the diagnostics of one file while its nodes are read against the language.
final class LoadContext {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// The SOP's actors once read: an id written as an actor's printed name ("Petugas Loket") is
    /// refused with the id to write (looked up only then).
    var actors: [Actor] = []
    /// The diagnostics of targets refused as ids ("ke 3"), with the text: once every step is
    /// read they get a note naming the step ids and row numbers (`SOPLoader+RowTargets.swift`).
    var refusedTargets: [(diagnostic: Int, text: String)] = []
    /// The keys an unknown key was taken for ("pelaksanaa" → 'pelaksana'), by the mark of its
    /// mapping: such a key is not reported missing as well (tester 12, F21: one mistake, one error).
    private var suggestedKeys: [Mark: Set<String>] = [:]

    init(file: String) { self.file = file }

    func addNote(_ note: Diagnostic.Note, toDiagnostic index: Int) {
        guard diagnostics.indices.contains(index) else { return }
        diagnostics[index].notes.append(note)
    }

    func location(_ mark: Mark, length: Int = 1) -> Location {
        Location(file: file, mark: mark, length: length)
    }

    func location(of node: Node) -> Location { location(node.mark, length: node.length) }

    func error(_ code: DiagnosticCode, _ message: Localized, at location: Location, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.error(code, message, at: location, notes: notes))
    }

    /// A required key absent from the mapping at `mark`, reported there unless an unknown key of
    /// that mapping was already said to be it ("mungkin maksudnya 'pelaksana'?").
    func missingKey(_ key: String, in name: String, mapping mark: Mark) {
        guard suggestedKeys[mark]?.contains(key) != true else { return }
        error(LoaderCode.missingKey, Catalog.Loader.missingKey(key, in: name), at: location(mark))
    }

    /// A mapping checked against an object shape: wrong kind, unknown keys (with a suggestion),
    /// missing required keys and conflicting keys are reported here, once.
    func object(_ node: Node, _ shape: ObjectShape, key: String) -> ObjectView? {
        guard case .mapping(let mapping) = node else {
            error(LoaderCode.wrongType, Catalog.Loader.wrongType(key, expected: .mapping, found: node.kind),
                  at: location(of: node))
            return nil
        }
        for (index, pair) in mapping.pairs.enumerated() where !shape.hasField(pair.key.value) {
            var notes: [Diagnostic.Note] = []
            if let split = KeyHints.splitText(at: index, in: mapping) {
                notes.append(.init(Catalog.YAML.splitAtComma(split.key, split.text)))
            } else if let place = Catalog.ApplicantTime.keyPlace(pair.key.value, in: shape.name) {
                // A key of the service limit written on the row itself (`batas_layanan: tidak dihitung`).
                notes.append(.init(place))
            } else if let suggestion = KeyHints.suggestion(for: pair.key.value, among: shape.keys) {
                notes.append(.init(Catalog.didYouMean(suggestion)))
                suggestedKeys[mapping.mark, default: []].insert(suggestion)
            } else {
                notes.append(.init(Catalog.Loader.knownKeys(shape.keys)))
            }
            error(LoaderCode.unknownKey, Catalog.Loader.unknownKey(pair.key.value, in: shape.name),
                  at: location(pair.key.mark, length: pair.key.length), notes: notes)
        }
        for field in shape.fields where field.required && mapping[field.key] == nil {
            missingKey(field.key, in: shape.name, mapping: mapping.mark)
        }
        for group in shape.exclusive where mapping.pairs.count > 1 {
            let written = mapping.pairs.filter { group.contains($0.key.value) }
            if written.count > 1 {
                error(LoaderCode.conflictingKeys, Catalog.Loader.conflictingKeys(written.map(\.key.value)),
                      at: location(written[1].key.mark, length: written[1].key.length))
            }
        }
        return ObjectView(mapping: mapping, shape: shape, context: self)
    }
}

extension Node {
    var kind: Catalog.Loader.Kind {
        switch self {
        case .scalar: .text
        case .sequence: .list
        case .mapping: .mapping
        }
    }
}

/// Typed access to the fields of a mapping already checked against its shape.
struct ObjectView {
    let mapping: Mapping
    let shape: ObjectShape
    let context: LoadContext

    var mark: Mark { mapping.mark }

    /// The node written for a key of the shape (asking for a key the shape lacks is a bug).
    func node(_ key: String) -> Node? {
        assert(shape.hasField(key), "'\(key)' is not a key of \(shape.name)")
        return mapping[key]
    }

    func has(_ key: String) -> Bool { node(key) != nil }

    /// A text value, trimmed. Empty values of required keys are reported; nil when absent,
    /// empty or not text.
    func text(_ key: String) -> Located<String>? {
        guard let node = node(key) else { return nil }
        return context.text(node, key: key, required: shape.isRequired(key))
    }

    /// Like `text`, but an empty value is kept (dates: "" and "-" both mean none).
    func rawText(_ key: String) -> Located<String>? {
        guard let node = node(key) else { return nil }
        guard case .scalar(let scalar) = node else {
            context.error(LoaderCode.wrongType, Catalog.Loader.wrongType(key, expected: .text, found: node.kind),
                          at: context.location(of: node))
            return nil
        }
        return Located(scalar.value.trimmingWhitespace(), at: scalar.mark, length: scalar.length)
    }

    /// The items of a list (an empty value is an empty list); nil when absent or not a list.
    func list(_ key: String) -> [Node]? {
        guard let node = node(key) else { return nil }
        return context.list(node, key: key)
    }

    /// A list of texts; empty items are reported and dropped.
    func textList(_ key: String) -> [Located<String>]? {
        list(key)?.compactMap { context.text($0, key: key, required: true) }
    }

    func object(_ key: String, _ shape: ObjectShape) -> ObjectView? {
        guard let node = node(key) else { return nil }
        return context.object(node, shape, key: key)
    }

    /// `ya`/`tidak` (or true/false); the default when absent or unreadable.
    func boolean(_ key: String, default value: Bool) -> Bool {
        guard let text = text(key) else { return value }
        let word = text.value.lowercased()
        if BooleanWords.yes.contains(word) { return true }
        if BooleanWords.no.contains(word) { return false }
        context.error(LoaderCode.invalidBoolean, Catalog.Loader.invalidBoolean(text.value, key: key),
                      at: context.location(text.mark, length: text.length),
                      notes: Catalog.YAML.booleanWord(text.value).map { [.init(Catalog.didYouMean($0))] } ?? [])
        return value
    }

    /// One of the words the shape allows for the key.
    func choice(_ key: String) -> Located<String>? {
        guard let text = text(key) else { return nil }
        guard case .text(.choice(let options)) = shape.field(key)?.shape else { return text }
        if options.contains(text.value) { return text }
        // Lowered once, and only when it can be one of the words: a 900 KB value costs one pass.
        let lowered = text.value.utf8.count <= 4 * (options.map(\.utf8.count).max() ?? 0) ? text.value.lowercased() : nil
        if let lowered, let same = options.first(where: { $0.lowercased() == lowered }) {
            return Located(same, at: text.mark, length: text.length)
        }
        let notes = Suggestion.closest(to: text.value, among: options).map { [Diagnostic.Note(Catalog.didYouMean($0))] } ?? []
        context.error(LoaderCode.invalidChoice, Catalog.Loader.invalidChoice(text.value, key: key, options: options),
                      at: context.location(text.mark, length: text.length), notes: notes)
        return nil
    }

    /// An identifier (actor id, step id, field name).
    func identifier(_ key: String) -> Located<String>? {
        guard let text = text(key) else { return nil }
        return context.identifier(text)
    }

    /// Service hours (`jam_layanan` of an SOP or a calendar): one text or a list of texts; nil
    /// when absent or unreadable (reported at the piece that cannot be read).
    func serviceHours(_ key: String) -> ServiceHours? {
        guard let node = node(key) else { return nil }
        let texts: [Located<String>]
        if case .sequence = node {
            texts = (context.list(node, key: key) ?? []).compactMap { context.text($0, key: key, required: true) }
        } else {
            guard let text = context.text(node, key: key, required: true) else { return nil }
            texts = [text]
        }
        guard let first = texts.first else { return nil }
        switch ServiceHoursParser.parse(texts.map(\.value)) {
        case .success(let parsed):
            return ServiceHours(texts: texts, entries: parsed.entries, timeZone: parsed.timeZone, holidays: parsed.holidays)
        case .failure(let failure):
            let at = texts.first { $0.value.contains(failure.piece) } ?? first
            context.error(LoaderCode.serviceHoursFormat, Catalog.Loader.serviceHoursUnreadable(failure.piece),
                          at: context.location(at.mark, length: at.length), notes: [.init(Catalog.Loader.serviceHoursOtherWords)])
            return nil
        }
    }
}

extension LoadContext {
    /// `required` is asked only of an empty value (looking it up in a shape costs a scan).
    func text(_ node: Node, key: String, required: @autoclosure () -> Bool) -> Located<String>? {
        guard case .scalar(let scalar) = node else {
            let hint = node.kind == .list ? Catalog.YAML.listWhereText(key) : Catalog.YAML.mappingWhereText(key)
            error(LoaderCode.wrongType, Catalog.Loader.wrongType(key, expected: .text, found: node.kind),
                  at: location(of: node), notes: [.init(hint)])
            return nil
        }
        let value = scalar.value.trimmingWhitespace()
        if value.isEmpty {
            if required() {
                error(LoaderCode.emptyValue, Catalog.Loader.emptyValue(key), at: location(scalar.mark))
            }
            return nil
        }
        return Located(value, at: scalar.mark, length: scalar.length)
    }

    func list(_ node: Node, key: String) -> [Node]? {
        if node.isEmptyValue { return [] }
        guard case .sequence(let sequence) = node else {
            let notes: [Diagnostic.Note] = if case .scalar(let scalar) = node {
                [.init(Catalog.YAML.textWhereList(key, scalar.value.trimmingWhitespace()))]
            } else { [] }
            error(LoaderCode.wrongType, Catalog.Loader.wrongType(key, expected: .list, found: node.kind),
                  at: location(of: node), notes: notes)
            return nil
        }
        return sequence.items
    }

    func identifier(_ text: Located<String>) -> Located<String>? {
        guard Identifier.isValid(text.value) else {
            let name = text.value.lowercased()
            let named = actors.first { $0.name.lowercased() == name }?.id.value
            error(LoaderCode.invalidIdentifier, Catalog.Loader.invalidIdentifier(text.value),
                  at: location(text.mark, length: text.length), notes: named.map { [.init(Catalog.didYouMean($0))] } ?? [])
            return nil
        }
        return text
    }
}

/// The words a `ya`/`tidak` value may be written with (in any case).
public enum BooleanWords {
    public static let yes = ["ya", "true", "y"]
    public static let no = ["tidak", "false", "t"]
}

/// Identifiers of actors, steps and form fields.
public enum Identifier {
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isLetterOrDigit(first) else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            isLetterOrDigit(scalar) || scalar == "-" || scalar == "_" || scalar == "."
        }
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": true
        case _ where scalar.isASCII: false
        default: scalar.properties.isAlphabetic
        }
    }
}
