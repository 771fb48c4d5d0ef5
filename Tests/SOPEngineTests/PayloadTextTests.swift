import Foundation
import SOPCore
import Testing

@testable import SOPEngine

/// The stored payload written directly (`payloadText`, every answer's path) is byte for byte the
/// JSON document `payloadJSON()` builds, for every kind of event: the chain hashes these bytes.
@Suite struct PayloadTextTests {
    static let due = Date(timeIntervalSince1970: 1_796_004_000)

    static let kinds: [CaseEvent.Kind] = [
        .caseStarted(.init(nomor: "01", judul: "J \"kutip\"", revision: "abc", revisionDate: "-", file: "sop/01.yaml", due: due,
                           tracking: "K7M2P9Q4RX")),
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
        .outputRecorded(.init(step: "1", visit: 1, item: "Data", text: "", attachment: .init(sha256: "ff", name: "a.pdf", size: 3))),
        .branchChosen(.init(step: "2", visit: 1, label: "Ya", target: "selesai")),
        .joinArrived(.init(step: "4", from: "3a")),
        .noteAdded(.init(step: nil, text: "catatan")),
        .noteAdded(.init(step: "2", text: "catatan")),
        .stepCompleted(.init(step: "1", visit: 1)),
        .stepCompleted(.init(step: "1", visit: 3, used: 420, skipped: "opsional", outcome: "selesai")),
        .stepCompleted(.init(step: "1", visit: 1, used: 420.5)),
        .stepCompleted(.init(step: "1", visit: 1, used: 1e20)),
        .casePaused, .caseResumed, .caseCompleted,
        .caseCancelled(.init(reason: "dicabut")),
        .answerCorrected(.init(step: "1", visit: 1, target: .field, name: "nik", value: "3573014101900002", reason: "salah ketik")),
    ]

    @Test func directTextIsTheJSONDocument() {
        for kind in Self.kinds {
            #expect(kind.payloadText == String(decoding: kind.payloadJSON(), as: UTF8.self), "\(kind.type)")
        }
        // A time between two milliseconds is rounded the same way on both paths.
        let between = CaseEvent.Kind.stepStarted(.init(step: "1", visit: 1, role: "r", due: Date(timeIntervalSince1970: 1_796_004_000.123_6)))
        #expect(between.payloadText == String(decoding: between.payloadJSON(), as: UTF8.self))
        #expect(between.payloadText.contains("1796004000124"))
    }

    @Test func directTextDecodesBack() throws {
        for kind in Self.kinds {
            #expect(try CaseEvent.Kind.decode(type: kind.type, payload: Data(kind.payloadText.utf8)) == kind)
        }
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
