import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// A row outside the case's service limit (`di_luar_batas_layanan`: "Waktu tidak termasuk waktu
/// pembayaran retribusi oleh pemohon", tester 29, F1), on a fixed clock: the promise grows by the
/// time the case spends there, says what it waits on, and the row keeps its own deadline.
@Suite struct OutsideServiceLimitTests {
    static func text(row2: String = "di_luar_batas_layanan: ya", kasus: String = "kasus: {batas_layanan: total}") -> String {
        """
        nomor: "45"
        judul: Penerbitan Izin Reklame
        cetak: {total_waktu: 2 (dua) hari kerja}
        \(kasus)
        pelaksana:
          - {id: pemohon, nama: Pemohon, jenis: eksternal, dicatat_oleh: petugas}
          - {id: petugas, nama: Petugas, jenis: staf}
        kegiatan:
          - {no: 1, uraian: Petugas menerbitkan SKRD, pelaksana: petugas, mutu_baku: {waktu: 1 jam}}
          - no: 2
            uraian: Pemohon membayar retribusi melalui bank persepsi. Bukti bayar disampaikan
            pelaksana: pemohon
            mutu_baku: {waktu: "-", waktu_baku: 30 hari, dihitung_sejak: 1, \(row2)}
          - {no: 3, uraian: Petugas menerbitkan izin, pelaksana: petugas, mutu_baku: {waktu: 1 jam}}
        """
    }

    static let hour: TimeInterval = 3600
    static let day: TimeInterval = 86_400
    /// Monday 09.00 + 2 working days (the standard calendar: Monday–Friday, no hours).
    static let promised = Fixtures.monday + 2 * day

    @Test func thePromiseGrowsByTheTimeSpentInTheRowAndSaysSoMeanwhile() throws {
        let (sop, _) = Fixtures.sop(text: Self.text())
        #expect(sop.outsideServiceLimitSteps == ["2"])
        var run = CommandRun(sop, roles: ["petugas"])
        // At the start: the row lies ahead, its time comes on top of the date.
        var promise = run.engine.servicePromise(in: run.state, now: run.time)
        #expect(promise.due == Self.promised)
        #expect(promise.waiting.isEmpty && promise.ahead.map(\.step) == ["2"] && !promise.isFixed)
        #expect(promise.ahead.first?.actor == "Pemohon")
        #expect(promise.ahead.first?.activity == "Pemohon membayar retribusi")
        // The SKRD issued at 10.00; the applicant takes two days.
        try run.run(.completeStep(step: "1"), afterHours: 1)
        promise = run.engine.servicePromise(in: run.state, now: run.time + 2 * Self.day)
        #expect(promise.due == Self.promised + 2 * Self.day)
        #expect(promise.waiting.map(\.step) == ["2"] && promise.ahead.isEmpty)
        // The row's own deadline: 30 days from row 1's start, not moved (it is no pause).
        #expect(promise.waiting.first?.due == Fixtures.monday + 30 * Self.day)
        #expect(promise.awaited.map(\.actor) == ["Pemohon"])
        try run.run(.completeStep(step: "2"), afterHours: 48)
        promise = run.engine.servicePromise(in: run.state, now: run.time)
        #expect(promise.due == Self.promised + 2 * Self.day && promise.isFixed && promise.awaited.isEmpty)
        // Done a day after the printed promise, on time by the promise that leaves the payment out.
        try run.run(.completeStep(step: "3"), afterHours: 24)
        #expect(run.state.status == .completed)
        #expect(run.engine.caseDue(in: run.state, now: run.time) == Self.promised + 2 * Self.day)
        #expect(run.time <= Self.promised + 2 * Self.day)
    }

    @Test func withoutTheKeyTheApplicantsTimeCountsAndNothingIsAwaited() throws {
        let (sop, _) = Fixtures.sop(text: Self.text(row2: "di_luar_batas_layanan: tidak"))
        #expect(sop.outsideServiceLimitSteps.isEmpty)
        var run = CommandRun(sop, roles: ["petugas"])
        try run.run(.completeStep(step: "1"), afterHours: 1)
        let promise = run.engine.servicePromise(in: run.state, now: run.time + 2 * Self.day)
        #expect(promise.due == Self.promised && promise.isFixed)
        // A step the applicant performs over days (here paying, 30 hari), inside the limit: the
        // public status still says whom it waits for and by when (tester 34, F7), while the
        // promise is not extended by it. A step of minutes (SOP 01's complainant at the desk) is
        // the recording officer's to handle, named as the stage.
        #expect(promise.awaited.map(\.step) == ["2"])
    }

    @Test func theRowsOwnDeadlineRunsAndIsLateOncePast() throws {
        let (sop, _) = Fixtures.sop(text: Self.text())
        var run = CommandRun(sop, roles: ["petugas"])
        try run.run(.completeStep(step: "1"), afterHours: 1)
        let visit = try #require(run.visit("2"))
        let later = Fixtures.monday + 31 * Self.day
        let due = try #require(run.engine.due(of: visit, in: run.state, now: later))
        #expect(due == Fixtures.monday + 30 * Self.day && due < later)
        // The promise meanwhile keeps growing: the case is in the row.
        #expect(run.engine.caseDue(in: run.state, now: later) == Self.promised + (later.timeIntervalSince(Fixtures.monday + Self.hour)))
    }

    @Test func aPauseInsideTheRowIsCountedOnce() throws {
        let (sop, _) = Fixtures.sop(text: Self.text())
        var run = CommandRun(sop, roles: ["petugas"])
        try run.run(.completeStep(step: "1"), afterHours: 1)
        try run.run(.pause, afterHours: 1)
        try run.run(.resume, afterHours: 2)
        try run.run(.completeStep(step: "2"), afterHours: 1)
        // Four hours in row 2, two of them paused: four hours added, not six.
        #expect(run.engine.caseDue(in: run.state, now: run.time) == Self.promised + 4 * Self.hour)
    }

    @Test func theCaseLevelListAndTheTotalLeaveTheRowOut() throws {
        let (sop, _) = Fixtures.sop(text: Self.text(row2: "waktu: \"-\"", kasus: "kasus: {batas_layanan: total, di_luar_batas_layanan: [2]}")
            .replacingOccurrences(of: "{waktu: \"-\", waktu_baku", with: "{waktu_baku"))
        #expect(sop.outsideServiceLimitSteps == ["2"])
        // The rows' sum: 1 jam + 1 jam; the 30 days of row 2 (a span from row 1) are not in it.
        #expect(WaktuFormatter.format(sop.totalWaktu, .id) == "2 jam")
    }
}
