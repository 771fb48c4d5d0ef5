import Foundation
import SOPCore
import SOPModel

/// How often an SOP's mutu baku is met, per SOP, step, role and operator: what the head of a
/// unit reads in the monthly report.
public struct Report: Sendable, Encodable {
    public var generatedAt: Date
    public var from: Date?
    public var to: Date?
    public var sops: [SOPSection]
    /// The unit the report is for: the calendar's name, else the SOPs' unit or instansi.
    public var unit: String? = nil
    /// The history the figures were computed from (`sop report` states it; the web page does not yet).
    public var basis: ReportBasis? = nil
    /// The cases the figures count (their visits, or their start in the period); not encoded
    /// itself: `basis` names them.
    public var countedCases: [String] = []

    enum CodingKeys: String, CodingKey { case generatedAt, from, to, sops, unit, basis }
}

/// What a report's figures were computed from, so that an auditor can tie them to a verified
/// history: the cases counted, the digest of every chain head when it was computed (the one `sop db
/// verify` prints and `sop db seal` signs), and whether the counted cases' stored step visits were
/// checked against their events (`--periksa`).
public struct ReportBasis: Sendable, Encodable, Equatable {
    public var cases: [String]
    public var headDigest: String
    public var checked: Bool

    public init(cases: [String], headDigest: String, checked: Bool) {
        self.cases = cases
        self.headDigest = headDigest
        self.checked = checked
    }

    /// Its lines; `commands`: naming the commands that print, sign and check it (the terminal's),
    /// or in words for the head of the unit (the HTML report and the web page's).
    public func lines(commands: Bool = true) -> [Localized] {
        Catalog.Report.reportBasis(cases: cases.count, digest: headDigest, checked: checked, commands: commands)
    }
}

public struct SOPSection: Sendable, Encodable {
    public var nomor: String
    public var judul: String
    public var cases: CaseCounts
    /// Elapsed time from start to end of completed cases.
    public var leadTime: Spread?
    /// The sum of the SOP's waktu, as written ("1 jam 40 menit").
    public var standardTotal: String
    /// Completed cases that ended within the sum of waktu, counted from their start.
    public var leadWithin: Share?
    public var steps: [StepStats]
    /// The SOP's clock never stops (`WorkCalendar.roundTheClock`): no step is timed outside
    /// service hours, so the legend does not say one reads 0 minutes for that (tester 32).
    public var roundTheClock = false
    public var roles: [GroupStats]
    public var operators: [GroupStats]

    /// The JSON report's keys: `roundTheClock` only shapes the legend's words.
    enum CodingKeys: String, CodingKey {
        case nomor, judul, cases, leadTime, standardTotal, leadWithin, steps, roles, operators
    }
}

public struct CaseCounts: Sendable, Equatable, Encodable {
    public var started = 0
    public var completed = 0
    public var cancelled = 0
    public var open = 0
    /// Cases paused (dijeda), counted apart from the open ones.
    public var paused = 0
    /// Completed cases that ended with an outcome (`hasil_akhir`, a labelled exit to the end, or an
    /// exit's `hasil` carried to the end), not a cancellation.
    public var endedWithOutcome = 0
}

/// Median and 90th percentile of a set of durations, in seconds.
public struct Spread: Sendable, Equatable, Encodable {
    public var count: Int
    public var median: Double
    public var p90: Double
    /// The shortest duration, and how many took at most the median and at most the 90th
    /// percentile: what the summary says in counts when there are few (not encoded, nor compared).
    public var shortest: Double
    public var withinMedian: Int
    public var withinP90: Int

    enum CodingKeys: String, CodingKey { case count, median, p90 }

    /// Figures without their durations: the counts the definitions guarantee (half of them,
    /// rounded up, within the median; the rank of the 90th percentile within it).
    public init(count: Int, median: Double, p90: Double) {
        self.count = count
        self.median = median
        self.p90 = p90
        shortest = median
        withinMedian = (count + 1) / 2
        withinP90 = Int((0.9 * Double(count)).rounded(.up))
    }

    /// Median: the middle value (the mean of the two middle ones for an even count).
    /// 90th percentile: nearest rank (the value at rank ⌈0.9 n⌉).
    public init?(_ values: [Double]) {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let n = sorted.count
        let median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
        let p90 = sorted[Int((0.9 * Double(n)).rounded(.up)) - 1]
        count = n
        self.median = median
        self.p90 = p90
        shortest = sorted[0]
        withinMedian = sorted.count { $0 <= median }
        withinP90 = sorted.count { $0 <= p90 }
    }

    public static func == (a: Spread, b: Spread) -> Bool { a.count == b.count && a.median == b.median && a.p90 == b.p90 }
}

public struct Share: Sendable, Equatable, Encodable {
    public var within: Int
    public var of: Int
    public var ratio: Double { of == 0 ? 0 : Double(within) / Double(of) }
}

/// How a step's durations are measured and shown: on its standard's own clock.
public enum Clock: String, Sendable, Encodable {
    /// Service minutes (menit, jam within service hours).
    case serviceTime
    /// Service time shown in working days (hari kerja).
    case workingDays
    /// Elapsed time (calendar units, or no readable waktu).
    case elapsed
}

public struct StepStats: Sendable, Encodable {
    public var step: String
    public var label: String
    public var uraian: String
    /// The role that recorded the step's visits at the desk (its `dicatat_oleh` when its
    /// performer is not staff).
    public var role: String
    /// The step's Pelaksana as the SOP document prints it.
    public var performer: String? = nil
    public var waktu: String?
    /// The standard in seconds on the step's clock (its upper end for a range).
    public var standardSeconds: Double?
    public var clock: Clock
    /// Cases with at least one visit of the step (done, waiting or skipped; not one withdrawn).
    public var cases: Int
    /// Visits of the step a person skipped (`SkippedVisit`): not in `duration`, `within` nor
    /// `overdueOpen`.
    public var skipped = 0
    public var duration: Spread?
    public var within: Share?
    /// Visits not finished whose due time has passed, in cases still open.
    public var overdueOpen: Int
    /// For a box of a printed row of several boxes: its actor, which tells the row's boxes apart.
    public var box: String? = nil
    /// For a decision row: how many passes took each exit, in the order written (tester 26,
    /// finding 5); nil for any other row.
    public var branches: [BranchCount]? = nil
    /// For a row under a merged Waktu cell other than its last: the row the cell is judged at
    /// (its `waktu` names the cell, "1-2 hari (baris 4–5)"); nil otherwise.
    public var judgedAt: String? = nil

    /// Whether any visit of the step counts: false for a box only ever withdrawn (the other box
    /// of its row chosen, or its case ended with an outcome), whose row reads "-".
    public var counted: Bool { cases > 0 }
}

/// The passes through a decision row that took one of its exits (a case that came back through
/// the row counts each pass).
public struct BranchCount: Sendable, Equatable, Encodable {
    /// The exit's label as drawn; for an exit drawn without one, its name at the desk ("Tidak
    /// lengkap (kembali ke kegiatan 1)", "ke kegiatan 5").
    public var label: String
    public var passes: Int
    /// The exit's `hasil`, when it carries one.
    public var outcome: String?

    public init(label: String, passes: Int, outcome: String? = nil) {
        self.label = label
        self.passes = passes
        self.outcome = outcome
    }
}

public struct GroupStats: Sendable, Encodable {
    /// The role's id or the operator's login.
    public var key: String
    /// The role's name, or the operator's full name from the roster (`sop roster nama`), else the login.
    public var name: String
    public var completed: Int
    /// Share of completed steps (with a time standard) that were within it.
    public var within: Share?
    /// Steps waiting past their due time in open cases.
    public var overdueOpen: Int
}
