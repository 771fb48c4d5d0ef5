import Foundation
import SOPCore
import Testing

@testable import SOPEngine

/// The stored payload (`payloadText`, the one encoder: the chain hashes these bytes) keeps every
/// field of every kind of event: each kind below sets each of its fields at least once (checked by
/// reflection, so a field added to an event fails here until the sample sets it), and decodes back
/// equal. Last session's `rowStarted`, and `rowOpen` and a case's chosen table, were lost by one of
/// two encoders; there is one now.
@Suite struct PayloadTextTests {
    static let due = Date(timeIntervalSince1970: 1_796_004_000)
    static let file = CaseEvent.Attachment(sha256: "ff", name: "a \"b\".pdf", size: 3)

    static let kinds: [CaseEvent.Kind] = [
        .caseStarted(.init(nomor: "01", judul: "J \"kutip\"", revision: "abc", revisionDate: "-", file: "sop/01.yaml", due: due,
                           tracking: "K7M2P9Q4RX", table: 2, tableTitle: "Tabel kedua")),
        .caseStarted(.init(nomor: "01", judul: "J", revision: "abc", revisionDate: "-", file: "sop/01.yaml")),
        .stepStarted(.init(step: "1", visit: 1, role: "resepsionis", due: due)),
        .stepStarted(.init(step: "1a", visit: 12, role: "staf-pengaduan", due: nil)),
        // A box continuing a pass through its row: the pass's start is a part of the stored payload.
        .stepStarted(.init(step: "8b", visit: 1, role: "bendahara", due: nil, rowStarted: due)),
        .stepStarted(.init(step: "8b", visit: 2, role: "bendahara", due: due, rowStarted: due)),
        .kelengkapanChecked(.init(step: "1", visit: 1, item: "Identitas", present: false)),
        .kelengkapanChecked(.init(step: "1", visit: 2, item: "Surat\tkuasa", present: true)),
        .fieldAnswered(.init(step: "1", visit: 1, field: "nik", value: "3573014101900001")),
        .fieldAnswered(.init(step: "1", visit: 1, field: "uraian", value: "baris satu\nbaris \"dua\" \\ tiga \u{7F} é 🙂")),
        .fieldAnswered(.init(step: "1", visit: 1, field: "kosong", value: "")),
        .outputRecorded(.init(step: "1", visit: 1, item: "Data", text: "ringkasan", attachment: nil)),
        .outputRecorded(.init(step: "1", visit: 1, item: "Data", text: "", attachment: file)),
        .branchChosen(.init(step: "2", visit: 1, label: "Ya", target: "selesai")),
        .joinArrived(.init(step: "4", from: "3a")),
        .noteAdded(.init(step: nil, text: "catatan")),
        .noteAdded(.init(step: "2", text: "catatan")),
        .stepCompleted(.init(step: "1", visit: 1)),
        .stepCompleted(.init(step: "1", visit: 3, used: 420, skipped: "opsional", outcome: "selesai")),
        .stepCompleted(.init(step: "1", visit: 1, used: 420.5, rowOpen: true)),
        .stepCompleted(.init(step: "5", visit: 1, branchOutcome: "Tidak memenuhi syarat")),
        .stepCompleted(.init(step: "1", visit: 1, used: 1e20)),
        .casePaused, .caseResumed, .caseCompleted,
        .caseCancelled(.init(reason: "dicabut")),
        .answerCorrected(.init(step: "1", visit: 1, target: .field, name: "nik", value: "3573014101900002", reason: "salah ketik")),
        .answerCorrected(.init(step: "1", visit: 1, target: .output, name: "Data", value: "", attachment: file, reason: "berkas salah")),
        .answerCorrected(.init(step: "1", visit: 1, target: .kelengkapan, name: "Identitas", value: "ya", reason: "ada")),
        .kelengkapanChecked(.init(step: "1", visit: 3, item: "SPTJM (apabila tidak ada)", present: false, notApplicable: true)),
        // A joint row's other staff roles (tester 28, F17), which may complete it too.
        .stepStarted(.init(step: "10", visit: 1, role: "operator", due: due, joint: ["fo", "kasi \"x\""])),
        // Completed by a collective run of 5 cases (tester 30, N2).
        .stepCompleted(.init(step: "7", visit: 1, used: 60, collective: 5)),
    ]

    /// Every kind of event (`CaseEvent.Kind.type`).
    static let types = ["case-started", "step-started", "kelengkapan-checked", "field-answered", "output-recorded", "branch-chosen",
                        "join-arrived", "note-added", "step-completed", "case-paused", "case-resumed", "case-cancelled",
                        "case-completed", "answer-corrected"]

    @Test func everyFieldOfEveryKindSurvivesTheRoundTrip() throws {
        for kind in Self.kinds {
            let decoded = try CaseEvent.Kind.decode(type: kind.type, payload: Data(kind.payloadText.utf8))
            #expect(decoded == kind, "\(kind.type): \(kind.payloadText)")
            #expect(kind.payloadJSON() == Data(kind.payloadText.utf8))
        }
    }

    /// The sample is complete: every kind, and for each kind every field of its payload set in at
    /// least one of its samples (a field added to an event and not to the sample fails here).
    @Test func theSampleSetsEveryFieldOfEveryKind() {
        #expect(Set(Self.kinds.map(\.type)) == Set(Self.types))
        var unset: [String: Set<String>] = [:]
        var set: [String: Set<String>] = [:]
        for kind in Self.kinds {
            guard let payload = Mirror(reflecting: kind).children.first?.value else { continue }
            for child in Mirror(reflecting: payload).children {
                let label = child.label ?? "?"
                let value = Mirror(reflecting: child.value)
                if value.displayStyle == .optional && value.children.isEmpty {
                    unset[kind.type, default: []].insert(label)
                } else {
                    set[kind.type, default: []].insert(label)
                }
            }
        }
        for (type, labels) in unset {
            #expect(labels.subtracting(set[type] ?? []).isEmpty, "\(type): never set in the sample: \(labels.subtracting(set[type] ?? []))")
        }
    }

    /// The bytes are the stored form the chain hashes: keys sorted, absent values left out, times in
    /// milliseconds (the same bytes as before the two encoders became one).
    @Test func theBytesArePinned() {
        #expect(Self.kinds[2].payloadText == #"{"due":1796004000000,"role":"resepsionis","step":"1","visit":1}"#)
        #expect(Self.kinds[4].payloadText == #"{"role":"bendahara","rowStarted":1796004000000,"step":"8b","visit":1}"#)
        #expect(Self.kinds[9].payloadText == #"{"field":"uraian","step":"1","value":"baris satu\nbaris \"dua\" \\ tiga \u007f é 🙂","visit":1}"#)
        #expect(Self.kinds[12].payloadText
                == #"{"attachment":{"name":"a \"b\".pdf","sha256":"ff","size":3},"item":"Data","step":"1","text":"","visit":1}"#)
        #expect(Self.kinds[15].payloadText == #"{"text":"catatan"}"#)
        #expect(Self.kinds[19].payloadText == #"{"rowOpen":true,"step":"1","used":420.5,"visit":1}"#)
        #expect(Self.kinds[20].payloadText == #"{"branchOutcome":"Tidak memenuhi syarat","step":"5","visit":1}"#)
        #expect(Self.kinds.last?.payloadText == #"{"collective":5,"step":"7","used":60,"visit":1}"#)
        #expect(CaseEvent.Kind.casePaused.payloadText == "{}")
        // A time between two milliseconds is rounded to the nearest.
        let between = CaseEvent.Kind.stepStarted(.init(step: "1", visit: 1, role: "r", due: Date(timeIntervalSince1970: 1_796_004_000.123_6)))
        #expect(between.payloadText.contains("1796004000124"))
    }

    @Test func hexDigestsOfBothPaths() {
        let bytes = Array("abc".utf8)
        #expect(SHA256.hex(bytes) == SHA256.hex(Data(bytes)))
        #expect(SHA256.hex(Data(bytes)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // RFC 4231, test case 2.
        #expect(SHA256.hmacHex(key: Array("Jefe".utf8), Array("what do ya want for nothing?".utf8))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }
}
