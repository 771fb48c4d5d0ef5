import Foundation
import SOPCore
import Testing

@testable import SOPModel

/// The schema editors use is printed from the language description the loader checks against;
/// the committed copy must be exactly what `sop schema` prints.
@Suite struct JSONSchemaTests {
    static let committed = Paths.root + "/" + JSONSchema.path

    @Test func committedSchemaIsNotStale() throws {
        if ProcessInfo.processInfo.environment["SOP_UPDATE_GOLDEN"] == "1" {
            try JSONSchema.text.write(toFile: Self.committed, atomically: true, encoding: .utf8)
        }
        let text = try String(contentsOfFile: Self.committed, encoding: .utf8)
        #expect(text == JSONSchema.text,
                "Schemas/sop.schema.json is stale: run `swift run sop schema > Schemas/sop.schema.json`")
    }

    @Test func committedCalendarSchemaIsNotStale() throws {
        let committed = Paths.root + "/" + JSONSchema.calendarPath
        if ProcessInfo.processInfo.environment["SOP_UPDATE_GOLDEN"] == "1" {
            try JSONSchema.calendarText.write(toFile: committed, atomically: true, encoding: .utf8)
        }
        let text = try String(contentsOfFile: committed, encoding: .utf8)
        #expect(text == JSONSchema.calendarText,
                "Schemas/kalender.schema.json is stale: run `swift run sop schema --kalender > Schemas/kalender.schema.json`")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set((schema["properties"] as? [String: Any])?.keys.map { $0 } ?? []) == Set(CalendarLanguage.document.keys))
        #expect(schema["required"] as? [String] == ["kalender"])
    }

    static func parsed() throws -> [String: Any] {
        let data = Data(JSONSchema.text.utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func isDraft2020WithEveryKeyOfTheLanguage() throws {
        let schema = try Self.parsed()
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["additionalProperties"] as? Bool == false)
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(SOPLanguage.document.keys))
        // kegiatan or tabel: the loader reports an SOP with neither (missing-key).
        #expect(Set(schema["required"] as? [String] ?? []) == ["nomor", "judul", "pelaksana"])
        let definitions = try #require(schema["$defs"] as? [String: Any])
        for shape in [SOPLanguage.dates, SOPLanguage.approver, SOPLanguage.actor, SOPLanguage.mutuBaku,
                      SOPLanguage.kelengkapan, SOPLanguage.decision, SOPLanguage.formField, SOPLanguage.step] {
            let definition = try #require(definitions[shape.name] as? [String: Any], "\(shape.name)")
            let keys = (definition["properties"] as? [String: Any]).map { Set($0.keys) }
            #expect(keys == Set(shape.keys), "\(shape.name)")
            #expect(Set(definition["required"] as? [String] ?? []) == Set(shape.fields.filter(\.required).map(\.key)))
            #expect(definition["title"] as? String == shape.title)
        }
        let step = try #require(definitions["kegiatan"] as? [String: Any])
        #expect((step["allOf"] as? [Any])?.count == 6, "lanjut, keputusan, paralel and berhenti exclude each other pairwise")
    }

    @Test func titlesAndDescriptionsAreTheLanguagesOwn() throws {
        let properties = try #require(try Self.parsed()["properties"] as? [String: [String: Any]])
        for field in SOPLanguage.document.fields {
            #expect(properties[field.key]?["title"] as? String == field.title)
            #expect(properties[field.key]?["description"] as? String == field.description)
        }
    }

    @Test func caseInsensitivePatternsReadWhatTheLoaderReads() throws {
        let pattern = try NSRegularExpression(pattern: JSONSchema.caseInsensitive(BooleanWords.yes + BooleanWords.no))
        func matches(_ text: String) -> Bool {
            pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
        for word in ["ya", "Ya", "TIDAK", " tidak ", "true", "Y", "t"] { #expect(matches(word), "\(word)") }
        for word in ["yes", "no", "ya tidak", "", "tidakk"] { #expect(!matches(word), "\(word)") }
        let choices = try NSRegularExpression(pattern: JSONSchema.caseInsensitive(["ya/tidak", "nik"]))
        #expect(choices.firstMatch(in: "Ya/Tidak", range: NSRange(location: 0, length: 8)) != nil)
    }

    @Test func identifierPatternAgreesWithTheLoaderOnASCII() throws {
        let definitions = try #require(try Self.parsed()["$defs"] as? [String: [String: Any]])
        let alternatives = try #require(definitions["id"]?["anyOf"] as? [[String: Any]])
        let text = try #require(alternatives.first?["pattern"] as? String)
        let pattern = try NSRegularExpression(pattern: text)
        let samples = ["petugas", "staf-pengaduan", "rapat_ketua", "1", "1.2", "a.b-c_d", "selesai", "-a", "_a", ".a",
                       "a b", "a/b", "a:b", "a,b", "a#", "", "a!", "(a)", "é-ok"]
        for sample in samples {
            let matched = pattern.firstMatch(in: sample, range: NSRange(sample.startIndex..., in: sample)) != nil
            #expect(matched == Identifier.isValid(sample), "\(sample)")
        }
    }
}

@Suite struct JSONValueTests {
    @Test func escapesAndKeepsKeyOrder() throws {
        let value = JSONValue.object(["z": .string("a\"b\\c\n\t\u{1}é"), "a": .array([.int(1), .bool(true), .null])])
        #expect(value.compact == #"{"z":"a\"b\\c\n\t\u0001é","a":[1,true,null]}"#)
        #expect(value.pretty == "{\n  \"z\": \"a\\\"b\\\\c\\n\\t\\u0001é\",\n  \"a\": [1, true, null]\n}")
        let decoded = try JSONSerialization.jsonObject(with: Data(value.pretty.utf8)) as? [String: Any]
        #expect(decoded?["z"] as? String == "a\"b\\c\n\t\u{1}é")
        #expect(JSONValue.array([]).pretty == "[]" && JSONValue.object([JSONValue.Member]()).compact == "{}")
    }
}
