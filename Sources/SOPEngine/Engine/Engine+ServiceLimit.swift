import Foundation
import SOPCore
import SOPModel

/// Rows whose time is not counted in the case's service limit (`di_luar_batas_layanan`: "Waktu
/// tidak termasuk waktu pembayaran retribusi oleh pemohon", tester 29, F1). The promise (`kasus:
/// batas_layanan`) is the case's start plus the promised time plus the time the case spent in
/// such rows, measured from its events; while the case is in one, that time is not known yet, and
/// the rows it may still go through add theirs later. Such a row is no pause: its own standard and
/// deadline (`waktu_baku`, `dihitung_sejak`) run on, and it is listed late when past them.
extension Engine {
    /// A row outside the limit the case is in, or may still go through.
    public struct OutsideRow: Sendable, Equatable {
        /// The step's id, and its printed row number (else its id).
        public var step: String
        public var row: String
        /// Who performs it (one-line name) and what they do (the uraian's first sentence, short).
        public var actor: String
        public var activity: String
        /// The row's own deadline (moved on by pauses), for a row the case is in; nil ahead.
        public var due: Date?
    }

    /// The service promise as the clock stands.
    public struct ServicePromise: Sendable, Equatable {
        /// `caseDue`: with the time spent in rows outside the limit added, up to `now` for a row
        /// the case is in (a date that moves on while it stays there).
        public var due: Date?
        /// Rows outside the limit the case is in now: the promise grows by the time spent there.
        public var waiting: [OutsideRow] = []
        /// Rows outside the limit the case may still go through: their time comes on top.
        public var ahead: [OutsideRow] = []
        /// Steps in hand that wait on someone outside the unit (the applicant, another agency)
        /// or lie outside the limit, each with its own deadline: the public status says whom
        /// the case waits for, not "being handled" or "on hold" (tester 29, F1).
        public var awaited: [OutsideRow] = []

        /// Whether the date is final: nothing outside the limit is running or still to come.
        public var isFixed: Bool { waiting.isEmpty && ahead.isEmpty }

        /// What the date leaves to be added, as the receipt and the status say it after the date:
        /// "ditambah waktu Pemohon membayar retribusi", one for each row still running or to come.
        public var added: [Localized] {
            (waiting + ahead).map { Catalog.ApplicantTime.plusTime($0.activity, by: $0.actor) }
        }
    }

    /// The spans the case spent in steps outside the service limit, until `now` (a step in hand
    /// up to `now`); none without a service limit.
    public func outsideSpans(in state: CaseState, until now: Date) -> [DateInterval] {
        guard sop.caseSettings.serviceStandard != nil else { return [] }
        let outside = facts.outsideServiceLimit
        guard !outside.isEmpty else { return [] }
        return (state.completed + state.active).compactMap { visit in
            guard outside.contains(visit.step), visit.skipped == nil else { return nil }
            let end = min(visit.completedAt ?? now, now)
            return end > visit.startedAt ? DateInterval(start: visit.startedAt, end: end) : nil
        }
    }

    /// Pauses and spans outside the limit merged where they overlap (a pause inside a row outside
    /// the limit counts once), in time order; `outside`: the span holds time outside the limit.
    static func merged(_ paused: [DateInterval], _ outside: [DateInterval]) -> [(span: DateInterval, outside: Bool)] {
        let all = (paused.map { ($0, false) } + outside.map { ($0, true) }).sorted { $0.0.start < $1.0.start }
        var result: [(span: DateInterval, outside: Bool)] = []
        for (span, isOutside) in all {
            if let last = result.last, span.start <= last.span.end {
                result[result.count - 1] = (DateInterval(start: last.span.start, end: max(last.span.end, span.end)), last.outside || isOutside)
            } else {
                result.append((span, isOutside))
            }
        }
        return result
    }

    /// The promise with what it waits on: `caseDue`, the rows outside the limit the case is in
    /// and those it may still reach (only for a case on its way with a service limit), and the
    /// steps in hand that wait on someone outside the unit.
    public func servicePromise(in state: CaseState, now: Date) -> ServicePromise {
        var promise = ServicePromise(due: caseDue(in: state, now: now))
        let outside = facts.outsideServiceLimit
        if state.status == .open || state.status == .paused {
            for visit in state.active {
                guard let step = step(visit.step), var row = outsideRow(visit.step) else { continue }
                let kind = facts.actor(step.performer.value)?.kind
                // An end capsule drawn beside the row's box (`hasil_akhir`) is no work of theirs. The
                // applicant's own rows (`eksternal`) where the SOP leaves them outside the limit, or
                // where their standard is days or longer (tester 34, F7: "Pemohon memperbaiki
                // kendaraan", up to 14 days away from the office): at SOP 01's first row, in minutes,
                // the complainant is at the desk and the receptionist handles it.
                let away = kind == .eksternal && step.drawn.outcome == nil
                    && timing(of: visit.step)?.waktu.duration.map { $0.unit != .menit && $0.unit != .jam } == true
                guard outside.contains(visit.step) || (kind == .instansi && step.drawn.outcome == nil) || away
                else { continue }
                row.due = due(of: visit, in: state, now: now)
                promise.awaited.append(row)
            }
        }
        guard sop.caseSettings.serviceStandard != nil, !outside.isEmpty, state.status == .open || state.status == .paused
        else { return promise }
        var inHand = Set<String>()
        for visit in state.active where outside.contains(visit.step) {
            guard let row = outsideRow(visit.step) else { continue }
            var waiting = row
            waiting.due = due(of: visit, in: state, now: now)
            promise.waiting.append(waiting)
            inHand.insert(visit.step)
        }
        let reachable = graph.reachable(from: state.active.compactMap { graph.index(of: $0.step) }.flatMap { graph.targets(of: $0) })
        for (index, step) in sop.steps.enumerated() where reachable.indices.contains(index) && reachable[index]
            && outside.contains(step.id.value) && !inHand.contains(step.id.value)
        {
            if let row = outsideRow(step.id.value) { promise.ahead.append(row) }
        }
        return promise
    }

    private func outsideRow(_ id: String) -> OutsideRow? {
        guard let step = sop.step(id) else { return nil }
        return OutsideRow(step: id, row: step.number ?? id, actor: facts.actor(step.performer.value)?.lineName ?? step.performer.value,
                          activity: Self.activity(step.uraian.value), due: nil)
    }

    /// The uraian's first clause on one line ("Pemohon membayar retribusi" of "… melalui bank
    /// persepsi …. Bukti …"), cut at a word after 80 characters.
    static func activity(_ uraian: String) -> String {
        let line = PrintedLine.of(uraian)
        var sentence = line.range(of: ". ").map { String(line[..<$0.lowerBound]) } ?? line
        // The clause before how or where it is done, when three words or more remain.
        for mark in [", ", "; ", " melalui ", " dengan ", " serta ", " kepada "] {
            if let range = sentence.range(of: mark), sentence[..<range.lowerBound].split(separator: " ").count >= 3 {
                sentence = String(sentence[..<range.lowerBound])
            }
        }
        let text = sentence.hasSuffix(".") ? String(sentence.dropLast()) : sentence
        guard text.count > 80 else { return text }
        var kept = String(text.prefix(79))
        if let space = kept.lastIndex(of: " ") { kept = String(kept[..<space]) }
        while kept.last?.isPunctuation == true || kept.last == " " { kept.removeLast() }
        return kept + "…"
    }

    /// Whether the file stands returned as incomplete: the latest pass of a decision at or
    /// before the receipt row sent the case back (the branch "Tidak" of "Berkas lengkap?" back to
    /// the applicant's row), with no later pass of that decision going on. The decision may be
    /// the receipt row's own (tester 29, F5) or a check before the receipt row ("Lengkap?" in
    /// row 2, the receipt in row 3: tester 31, F9). The case cannot reach the receipt row again
    /// without passing that decision again, which starts a later pass; so passes are told apart
    /// by their numbers, not by clock times (which two quick answers can share). A file returned
    /// gets no completion promise.
    public func fileReturned(in state: CaseState) -> Bool {
        guard state.status == .open || state.status == .paused, let issuing = sop.receiptStep,
            let receiptIndex = graph.index(of: issuing.id.value)
        else { return false }
        var latest: [Int: StepVisit] = [:]
        for visit in state.completed + state.active {
            guard let index = graph.index(of: visit.step), graph.steps[index].isDecision else { continue }
            if let known = latest[index], known.visit > visit.visit { continue }
            latest[index] = visit
        }
        // A check after the receipt row that sends the file back to it, or above it ("Berkas
        // lengkap?" in row 2 back to row 1, the receipt row: tester 34, F8), returns the file too.
        return latest.contains { index, visit in
            guard sendsBack(visit, index: index) else { return false }
            if index <= receiptIndex { return true }
            guard let target = visit.branch?.target, let targetIndex = graph.index(of: target) else { return false }
            return targetIndex <= receiptIndex
        }
    }
}
