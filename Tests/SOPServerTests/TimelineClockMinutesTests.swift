import Foundation
import SOPCore
@testable import SOPEngine
import SOPModel
import SOPTerminal
import Testing

/// The timeline's minutes are those between the clock times it shows (tester 18's finding 10:
/// "01.54 → 01.56 (3 menit)", the seconds rounded up out of sight).
@Suite("Timeline minutes between the clock times shown")
struct TimelineClockMinutesTests {
    func line(startSecond: TimeInterval, seconds: TimeInterval, used: Double) throws -> String {
        let sop = CaseFlowTests.sop
        let id = CaseID("01-2026-000001")
        let step = CaseFlowTests.stepID("1")
        // 01-12-2026 01.54 WIB, plus a few seconds.
        let start = Date(timeIntervalSince1970: 1_796_064_840 + startSecond)
        let events = [
            CaseEvent(sequence: 1, at: start, operatorName: "budi", role: "resepsionis",
                      kind: .caseStarted(.init(nomor: sop.nomor, judul: sop.judul, revision: "rev", revisionDate: "-", file: "sop/01.yaml"))),
            CaseEvent(sequence: 2, at: start, operatorName: "budi", role: "resepsionis",
                      kind: .stepStarted(.init(step: step, visit: 1, role: "resepsionis", due: start.addingTimeInterval(300)))),
            CaseEvent(sequence: 3, at: start.addingTimeInterval(seconds), operatorName: "budi", role: "resepsionis",
                      kind: .stepCompleted(.init(step: step, visit: 1, used: used))),
        ]
        let text = CaseTimelineView(id: id, events: events, sop: sop,
                                    time: TimeText(language: .id, timeZone: WorkCalendar.standard.timeZone), showPersonal: false,
                                    now: start.addingTimeInterval(seconds)).render()
        return try #require(text.split(separator: "\n").first { $0.contains(" → ") }.map(String.init))
    }

    @Test func twoMinutesBetween0154And0156WhateverTheSeconds() throws {
        // 01.54.10 → 01.56.50: 2 min 40 s elapsed, none of it counted (outside service hours).
        let late = try line(startSecond: 10, seconds: 160, used: 0)
        #expect(late.contains("01.54 WIB → 01.56 (2 menit; terhitung 0 menit)"), "\(late)")
        // 01.54.50 → 01.56.10: 1 min 20 s elapsed, still two clock minutes apart.
        let early = try line(startSecond: 50, seconds: 80, used: 0)
        #expect(early.contains("01.54 WIB → 01.56 (2 menit; terhitung 0 menit)"), "\(early)")
        // Within one clock minute: the seconds, as before.
        let quick = try line(startSecond: 5, seconds: 20, used: 0)
        #expect(quick.contains("01.54 WIB → 01.54 (kurang dari 1 menit; terhitung 0 menit)"), "\(quick)")
    }
}
