import SOPCore

/// The JSON Schema (draft 2020-12) of the SOP language, printed from `SOPLanguage`: the same
/// description the loader checks files against, so editors and the loader cannot disagree.
///
/// Editors and validators read YAML 1.2, where `no: 1` is a number and `wajib: true` a boolean,
/// while the loader reads every value as the text written: so text accepts numbers (and
/// booleans), and an optional value may be left empty, exactly as the loader allows.
/// The schema checks structure (keys, kinds, choices, ids); values such as waktu and dates are
/// read, and their problems located, by `sop lint`.
public enum JSONSchema {
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    /// The committed copy, relative to the repository root.
    public static let path = "Schemas/sop.schema.json"
    /// The calendar file's schema (`sop schema --kalender`), committed beside it.
    public static let calendarPath = "Schemas/kalender.schema.json"

    /// The schema as printed by `sop schema` and committed in `Schemas/sop.schema.json`.
    public static var text: String { document.pretty + "\n" }

    /// The calendar file's schema, printed from `CalendarLanguage` the same way.
    public static var calendarText: String { document(of: CalendarLanguage.document).pretty + "\n" }

    public static var document: JSONValue { document(of: SOPLanguage.document) }

    public static func document(of shape: ObjectShape) -> JSONValue {
        var members: [JSONValue.Member] = [
            .init("$schema", .string(dialect)),
            .init("title", .string(shape.title)),
            .init("description", .string(shape.description)),
        ]
        members += objectMembers(shape)
        var definitions: [JSONValue.Member] = objectShapes(in: shape).map { .init($0.name, object($0)) }
        definitions += scalarDefinitions
        members.append(.init("$defs", .object(definitions)))
        return .object(members)
    }

    // MARK: Objects

    private static func object(_ shape: ObjectShape) -> JSONValue {
        .object([.init("title", .string(shape.title)), .init("description", .string(shape.description))]
            + objectMembers(shape))
    }

    private static func objectMembers(_ shape: ObjectShape) -> [JSONValue.Member] {
        var members: [JSONValue.Member] = [
            .init("type", .string("object")),
            .init("properties", .object(shape.fields.map { .init($0.key, field($0)) })),
        ]
        let required = shape.fields.filter(\.required).map { JSONValue.string($0.key) }
        if !required.isEmpty { members.append(.init("required", .array(required))) }
        members.append(.init("additionalProperties", .bool(false)))
        let exclusions = shape.exclusive.flatMap { group in
            group.indices.flatMap { i in
                group.indices.filter { $0 > i }.map { j -> JSONValue in
                    .object(["not": .object(["required": .array([.string(group[i]), .string(group[j])])])])
                }
            }
        }
        if !exclusions.isEmpty { members.append(.init("allOf", .array(exclusions))) }
        return members
    }

    private static func field(_ field: Field) -> JSONValue {
        var members: [JSONValue.Member] = [
            .init("title", .string(field.title)), .init("description", .string(field.description)),
        ]
        if let example = field.example {
            members.append(.init("examples", .array([.string(unquoted(example))])))
        }
        guard case .object(let body) = schema(field.shape, required: field.required) else { return .null }
        return .object(members + body)
    }

    /// Every object shape used by the document, in order of first use (the document excluded).
    private static func objectShapes(in root: ObjectShape) -> [ObjectShape] {
        var found: [ObjectShape] = []
        func visit(_ shape: Shape) {
            switch shape {
            case .text: break
            case .list(let item), .labelled(let item): visit(item)
            case .oneOf(let shapes): shapes.forEach(visit)
            case .object(let object):
                guard !found.contains(where: { $0.name == object.name }) else { return }
                found.append(object)
                object.fields.forEach { visit($0.shape) }
            }
        }
        root.fields.forEach { visit($0.shape) }
        return found
    }

    // MARK: Values

    private static func schema(_ shape: Shape, required: Bool) -> JSONValue {
        switch shape {
        case .text(let kind):
            let value = text(kind)
            return required ? value : .object(["anyOf": .array([value, reference("kosong")])])
        case .list(let item):
            return .object(["type": .array([.string("array"), .string("null")]),
                            "items": schema(item, required: true)])
        case .object(let object):
            return reference(object.name)
        case .labelled(let value):
            return .object(["type": .string("object"), "additionalProperties": schema(value, required: true)])
        case .oneOf(let shapes):
            return .object(["anyOf": .array(shapes.map { schema($0, required: required) })])
        }
    }

    private static func text(_ kind: TextKind) -> JSONValue {
        switch kind {
        case .free: reference("teks")
        case .identifier, .target, .actorReference: reference("id")
        case .boolean: reference("ya-tidak")
        case .waktu: reference("nilai-waktu")
        case .date: reference("nilai-tanggal")
        case .serviceHours: reference("teks")
        case .choice(let options):
            .object(["anyOf": .array([
                .object(["enum": .array(options.map(JSONValue.string))]),
                .object(["type": .string("string"), "pattern": .string(caseInsensitive(options))]),
            ])])
        }
    }

    private static func reference(_ name: String) -> JSONValue {
        .object(["$ref": .string("#/$defs/\(name)")])
    }

    private static var scalarDefinitions: [JSONValue.Member] {
        // ASCII punctuation other than '-', '_' and '.' (the loader takes letters and digits).
        let punctuation = ##"!"#$%&'()*+,/:;<=>?@\[\\\]^`{|}~"##
        let identifier = #"^\s*[^\s"# + punctuation + #"\-_.][^\s"# + punctuation + #"]*\s*$"#
        return [
            .init("teks", .object([
                "title": .string("Teks"),
                "description": .string("Teks apa adanya; angka dan ya/tidak juga dibaca sebagai teks yang ditulis."),
                "anyOf": .array([
                    .object(["type": .string("string"), "pattern": .string(#"\S"#)]),
                    .object(["type": .string("number")]),
                    .object(["type": .string("boolean")]),
                ]),
            ])),
            .init("id", .object([
                "title": .string("Id"),
                "description": .string("Huruf dan angka, boleh dengan '-', '_' atau '.', tanpa spasi; \"selesai\" menandai akhir alur."),
                "anyOf": .array([
                    .object(["type": .string("string"), "pattern": .string(identifier)]),
                    .object(["type": .string("number"), "minimum": .int(0)]),
                ]),
            ])),
            .init("ya-tidak", .object([
                "title": .string("Ya atau tidak"),
                "anyOf": .array([
                    .object(["type": .string("boolean")]),
                    .object(["type": .string("string"),
                             "pattern": .string(caseInsensitive(BooleanWords.yes + BooleanWords.no))]),
                ]),
            ])),
            .init("nilai-waktu", .object([
                "title": .string("Waktu"),
                "description": .string("Satu durasi: \"5 menit\", \"2 jam\", \"1 jam 30 menit\", \"3 hari\", \"½ hari\", \"10 hari kerja\", \"1 x 24 jam\", \"1-3 hari\"; atau \"tanpa\" / \"-\": tanpa standar waktu."),
                "type": .string("string"),
                "pattern": .string("[A-Za-z]|^\\s*-\\s*$"),
            ])),
            .init("nilai-tanggal", .object([
                "title": .string("Tanggal"),
                "description": .string("Hari (\"24 Februari 2025\", \"2025-02-24\"), bulan (\"Maret 2021\") atau \"-\"."),
                "type": .string("string"),
            ])),
            .init("kosong", .object([
                "title": .string("Kosong"),
                "description": .string("Tidak diisi: sama dengan tidak ditulis."),
                "anyOf": .array([
                    .object(["type": .string("null")]),
                    .object(["type": .string("string"), "pattern": .string(#"^\s*$"#)]),
                ]),
            ])),
        ]
    }

    /// `^\s*(?:[yY][aA]|…)\s*$`: any of the words, in any case, as the loader reads them.
    static func caseInsensitive(_ words: [String]) -> String {
        let alternatives = words.map { word in
            word.map { character -> String in
                let lower = character.lowercased(), upper = character.uppercased()
                if lower != upper { return "[\(lower)\(upper)]" }
                return "\\^$.|?*+()[]{}/-".contains(character) ? "\\\(character)" : String(character)
            }.joined()
        }
        return #"^\s*(?:"# + alternatives.joined(separator: "|") + #")\s*$"#
    }

    private static func unquoted(_ example: String) -> String {
        if example.count >= 2, example.first == "\"", example.last == "\"" {
            return String(example.dropFirst().dropLast())
        }
        return example
    }
}
