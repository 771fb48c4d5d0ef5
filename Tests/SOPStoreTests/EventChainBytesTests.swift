import Foundation
import SOPCore
import Testing

@testable import SOPStore

/// The canonical bytes every event's chain hash is taken over (README, "Tamper evidence"),
/// written digit by digit in place: exactly the documented encoding, numbers as `String(n)`
/// writes them, so that a store written before still verifies and PostgreSQL's
/// `sop_event_hash` still agrees.
@Suite struct EventChainBytesTests {
    @Test func theBytesAreTheDocumentedEncoding() {
        let event = ArchivedEvent(sequence: 12, at: 1_796_004_000_000, operatorName: "budi", role: "resepsionis", step: "1",
                                  type: "field-answered", payload: #"{"field":"nama","step":"1","value":"Siti Ämînah","visit":1}"#)
        let previous = String(repeating: "ab", count: 32)
        let expected = "sop-event-v1\n" + "14:01-2026-000001;" + "2:12;" + "13:1796004000000;" + "4:budi;" + "11:resepsionis;"
            + "1:1;" + "14:field-answered;" + "61:" + event.payload + ";" + "64:" + previous + ";"
        #expect(String(decoding: EventChain.canonical(caseID: "01-2026-000001", event, previous: previous), as: UTF8.self) == expected)
        #expect(event.payload.utf8.count == 61)
        #expect(EventChain.hash(caseID: "01-2026-000001", event, previous: previous) == SHA256.hex(Array(expected.utf8)))

        let bare = ArchivedEvent(sequence: 1, at: 0, operatorName: "", role: nil, step: nil, type: "case-paused", payload: "{}")
        #expect(String(decoding: EventChain.canonical(caseID: "x", bare, previous: ""), as: UTF8.self)
            == "sop-event-v1\n1:x;1:1;1:0;0:;-;-;11:case-paused;2:{};0:;")
    }

    @Test(arguments: [Int64(0), 1, 9, 10, 11, 99, 100, 101, 999_999, 1_000_000, 1_796_004_000_000, 9_999_999_999_999,
                      Int64.max, -1, -9, -10, -1_000, Int64.min + 1, Int64.min])
    func numbersAreWrittenAsStringWritesThem(_ number: Int64) {
        var fast: [UInt8] = []
        EventChain.field(number: number, into: &fast)
        var slow: [UInt8] = []
        EventChain.field(String(number), into: &slow)
        #expect(fast == slow, "\(number)")
        // The same digits where the chain writes them: the event's time, in its canonical form.
        let event = ArchivedEvent(sequence: 3, at: number, operatorName: "a", role: nil, step: nil, type: "t", payload: "{}")
        #expect(String(decoding: EventChain.canonical(caseID: "x", event, previous: ""), as: UTF8.self)
            == "sop-event-v1\n1:x;1:3;" + String(decoding: slow, as: UTF8.self) + "1:a;-;-;1:t;2:{};0:;", "\(number)")
    }
}
