import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// One report as asked for (an SOP or all, a period of days [from, to)), read from a store: what
/// `sop report` and the report page of `sop serve` both run. The period is the visits' own filter.
extension VisitFilter {
    /// Local midnight of a written day ("2026-11-30", "30 November 2026"), in the calendar's zone;
    /// nil when it is not a day.
    public static func midnight(of text: String, calendar: WorkCalendar) -> Date? {
        guard case .success(.day(let year, let month, let day)) = SOPDateParser.parse(text) else { return nil }
        let number = WorkCalendar.dayNumber(year: year, month: month, day: day)
        let midnightUTC = Date(timeIntervalSince1970: TimeInterval(number * 86_400))
        return midnightUTC.addingTimeInterval(-TimeInterval(calendar.timeZone.secondsFromGMT(for: midnightUTC)))
    }

    /// The visits and cases of the period, with the SOP revisions they followed, built into a report.
    public func report(store: CaseStore, calendar: WorkCalendar, now: Date, language: Language = .id) throws(StoreError) -> Report {
        var visits = try store.visits(self)
        // The visits closed undone (skipped by a person, or withdrawn) are not done: the events say which.
        let undone = Dictionary(try store.skippedVisits(of: Set(visits.filter { $0.completedAt != nil }.map(\.caseID)).sorted())
            .map { ("\($0.caseID.rawValue)\u{0}\($0.step)\u{0}\($0.visit)", $0.withdrawn) }) { first, _ in first }
        if !undone.isEmpty {
            for index in visits.indices {
                guard let withdrawn = undone["\(visits[index].caseID.rawValue)\u{0}\(visits[index].step)\u{0}\(visits[index].visit)"] else { continue }
                if withdrawn { visits[index].withdrawn = true } else { visits[index].skipped = true }
            }
        }
        var cases = try store.cases(CaseFilter(nomor: nomor))
        cases = cases.filter { VisitFilter(from: from, to: to).matches(nomor: $0.projection.nomor, startedAt: $0.projection.startedAt) }
        var revisions: [String: SOP] = [:]
        for hash in Set(cases.map(\.projection.revision) + visits.map(\.revision)) {
            // A revision gone is refused as one changed is (tester 35's m1): figures without the
            // standards they are measured against would still read as on time.
            guard let revision = try store.revision(hash: hash) else { throw .unavailable(Catalog.Report.revisionGone(hash)) }
            revisions[hash] = SOPLoader.load(bytes: revision.content, path: revision.path).sop
        }
        // A finished case of an SOP whose service limit leaves rows out (`di_luar_batas_layanan`)
        // is judged by its promise moved on by the time it spent in them, read from its events
        // (`Engine.caseDue`), as the receipt and `sop status` give it; the stored due time stays
        // the one set at the start (`sop db verify` checks it), so no store migration.
        var engines: [String: Engine] = [:]
        for index in cases.indices where cases[index].projection.status == .completed {
            let revision = cases[index].projection.revision
            guard let sop = revisions[revision] ?? nil, sop.caseSettings.serviceStandard != nil, !sop.outsideServiceLimitSteps.isEmpty
            else { continue }
            let engine = engines[revision] ?? Engine(sop: sop, calendar: calendar)
            engines[revision] = engine
            let state = CaseState(id: cases[index].id, events: try store.events(of: cases[index].id))
            cases[index].projection.due = engine.caseDue(in: state, now: now)
        }
        // The exit each decision's visit took (only cases with a decision done are read): counted
        // per branch, and an exit's `hasil` is an outcome (tester 26, finding 5).
        let deciding = Set(visits.filter { visit in
            visit.completedAt != nil && !visit.undone && revisions[visit.revision]?.step(visit.step)?.isDecision == true
        }.map(\.caseID)).sorted()
        let branches = deciding.isEmpty ? [:] : BranchTaken.latest(try store.branchesTaken(of: deciding))
        if !branches.isEmpty {
            for index in visits.indices {
                let taken = branches["\(visits[index].caseID.rawValue)\u{0}\(visits[index].step)\u{0}\(visits[index].visit)"]
                visits[index].branch = taken?.label
                visits[index].branchTarget = taken?.target
            }
        }
        var builder = ReportBuilder(revisions: revisions, calendar: calendar, now: now, language: language)
        for profile in try (store as? OperatorProfileStore)?.operatorProfiles() ?? [] where !profile.fullName.isEmpty {
            builder.operatorNames[profile.operatorName] = profile.fullName
        }
        var report = builder.build(visits: visits, cases: cases, from: from, to: to)
        report.countedCases = Set(visits.map(\.caseID.rawValue) + cases.map(\.id.rawValue)).sorted()
        return report
    }
}
