import SOPCore

/// The waktu of a mutu baku, as the official wrote it and as the tool understands it.
public struct Waktu: Sendable {
    /// Exactly as written ("5 menit", "1 x 24 Jam", "10 hari kerja"): what documents print.
    public var text: Located<String>
    /// The typed reading; nil when the text could not be read (a diagnostic says why).
    public var duration: WaktuDuration?
    /// The part of a printed sentence the standard was read from ("paling lambat 30 (tiga puluh)
    /// menit" in "Pada jam kerja, paling lambat …"); nil when the cell is the duration alone.
    public var readFrom: String?
    /// `waktu_baku`: the standard the official stated beside the printed text, when written.
    public var stated: Located<String>?
    /// A standard that depends on the case (`waktu_baku: {menurut, jika}`).
    public var conditional: ConditionalWaktu?
    /// A standard repeated for every item the case counted (`waktu_baku: {per, tiap}`).
    public var perItem: PerItemWaktu?
    /// A due date the case recorded (`waktu_baku: {sampai}`).
    public var dueBy: DueDateWaktu?
    /// A set hour of every (working) day: "Setiap hari kerja pukul 14.00", `waktu_baku: {pukul}`.
    public var dailyAt: DailyTimeWaktu?
    /// `waktu_baku: tanpa` (or `-`): the official says the printed cell holds no time standard.
    public var statedNone: Bool = false

    public init(text: Located<String>, duration: WaktuDuration?, readFrom: String? = nil,
                stated: Located<String>? = nil, conditional: ConditionalWaktu? = nil) {
        self.text = text
        self.duration = duration
        self.readFrom = readFrom
        self.stated = stated
        self.conditional = conditional
    }

    /// The duration a total counts: the standard, or for a standard that depends on the case
    /// the span of its choices (the longest when they count different kinds of time).
    public var totalDuration: WaktuDuration? {
        if let perItem { return perItem.each }  // one item: the least it takes
        guard let conditional else { return duration }
        let choices = conditional.choices.map(\.duration) + (conditional.otherwise.map { [$0] } ?? [])
        guard let first = choices.first else { return nil }
        if choices.allSatisfy({ $0.totalPart.part == first.totalPart.part }) {
            let low = choices.map { $0.low * $0.totalPart.factor }.min() ?? 0
            let high = choices.map { $0.high * $0.totalPart.factor }.max() ?? 0
            var span = first
            span.low = low / first.totalPart.factor
            span.high = high / first.totalPart.factor
            return span
        }
        return choices.max { $0.high * $0.totalPart.factor < $1.high * $1.totalPart.factor }
    }
}

extension Waktu {
    /// Whether the standard is known only once the case has answered: chosen by the case,
    /// counted per item, or due on a date the case recorded.
    public var dependsOnCase: Bool { conditional != nil || perItem != nil || dueBy != nil }

    /// Whether the step has a time standard at all: a duration, a set hour, or one the case
    /// chooses, counts or dates. False for a cell with no duration ("Menunggu ketersediaan
    /// blanko", "Sesuai kebutuhan", a schedule, "-") and under `waktu_baku: tanpa`.
    /// Whether the printed cell is blank on purpose: "-", "–" or "—" alone, no word or number.
    public var isBlank: Bool { !text.value.contains { $0.isLetter || $0.isNumber } }

    public var hasStandard: Bool { !statedNone && (duration != nil || dailyAt != nil || dependsOnCase) }
}

/// A standard repeated for every item of the case (tester 22, finding 2): "2 jam/alat" with
/// `waktu_baku: {per: jumlah, tiap: 2 jam}` is n × 2 jam, n the case's answer to the number
/// field `jumlah`, counted on the clock of the unit as every standard is.
public struct PerItemWaktu: Sendable {
    /// The `nama` of a form field of kind `angka`, answered at this step or an earlier one.
    public var field: Located<String>
    /// `tiap`: the standard for one item, as written and as read (nil when unreadable).
    public var eachText: Located<String>
    public var each: WaktuDuration?

    public init(field: Located<String>, eachText: Located<String>, each: WaktuDuration?) {
        self.field = field
        self.eachText = eachText
        self.each = each
    }

    /// The standard for the number of items the case answered ("4", "4 unit", "4,0"); nil
    /// without an answer or a whole number above zero.
    public func standard(for answer: String?) -> WaktuDuration? {
        guard var duration = each, let count = Self.count(answer) else { return nil }
        duration.low *= Double(count)
        duration.high *= Double(count)
        return duration
    }

    /// The number of items an answer holds: its leading whole number, when above zero.
    public static func count(_ answer: String?) -> Int? {
        guard let answer else { return nil }
        let digits = answer.trimmingWhitespace().prefix { $0.isASCII && $0.isNumber }
        guard let count = Int(digits), count > 0 else { return nil }
        return count
    }
}

/// A standard that is a date the case recorded earlier (tester 22, finding 5): "sesuai jadwal"
/// with `waktu_baku: {sampai: tanggal_jadwal}` is due at the end of that date's working day, or
/// at the hour a `jam` field recorded (`{sampai: tanggal_jadwal, jam: jam_jadwal}`).
public struct DueDateWaktu: Sendable {
    /// The `nama` of a form field of kind `tanggal` answered at an earlier step.
    public var dateField: Located<String>
    /// The `nama` of a form field holding the hour ("09.00"), answered at an earlier step.
    public var timeField: Located<String>?
    /// `sebelum: 2 bulan`: the due is that long before the date ("paling lambat 2 bulan sebelum
    /// periode kenaikan pangkat"), as written and as read (nil when unreadable).
    public var beforeText: Located<String>?
    public var before: WaktuDuration?

    public init(dateField: Located<String>, timeField: Located<String>?,
                beforeText: Located<String>? = nil, before: WaktuDuration? = nil) {
        self.dateField = dateField
        self.timeField = timeField
        self.beforeText = beforeText
        self.before = before
    }
}

/// A standard chosen by the case: by the branch taken at an earlier decision, or by the answer
/// to a form field ("1 hari kerja" online, "30 menit" at the counter).
public struct ConditionalWaktu: Sendable {
    public struct Choice: Sendable {
        /// A branch label of the decision, or a value of the field, as written.
        public var value: Located<String>
        public var text: Located<String>
        public var duration: WaktuDuration

        public init(value: Located<String>, text: Located<String>, duration: WaktuDuration) {
            self.value = value
            self.text = text
            self.duration = duration
        }
    }

    /// The id of a decision step, or the `nama` of a form field.
    public var basis: Located<String>
    public var choices: [Choice]
    /// `lainnya`: the standard when the case chose none of the values.
    public var otherwise: WaktuDuration?
    public var otherwiseText: Located<String>?

    public init(basis: Located<String>, choices: [Choice], otherwise: WaktuDuration? = nil,
                otherwiseText: Located<String>? = nil) {
        self.basis = basis
        self.choices = choices
        self.otherwise = otherwise
        self.otherwiseText = otherwiseText
    }

    /// The standard for a chosen value (a branch label or a field answer), in any case and spacing.
    public func standard(for value: String?) -> WaktuDuration? {
        guard let value else { return otherwise }
        return choice(for: value)?.duration ?? otherwise
    }

    /// The choice written for a branch label or an answer; nil for none of them (`lainnya`).
    public func choice(for value: String) -> Choice? {
        let key = Self.key(value)
        return choices.first { Self.key($0.value.value) == key }
    }

    /// A label or answer as compared: any case, any spacing.
    public static func key(_ text: String) -> String { TextKey.folded(text) }
}

/// A time standard: an amount or a range of a unit, counted in calendar or working time.
public struct WaktuDuration: Sendable, Hashable {
    public enum Unit: String, Sendable, CaseIterable {
        case menit
        case jam
        case hari
        case hariKerja = "hari kerja"
        case minggu
        case bulan
    }

    /// Whether the standard runs on the calendar clock or only in working time.
    public enum Basis: String, Sendable {
        /// Every minute and day counts ("2 hari", "1 x 24 jam").
        case calendar
        /// Only working time counts: service hours for menit and jam, working days for hari kerja.
        case working
    }

    public var low: Double
    public var high: Double
    public var unit: Unit
    public var basis: Basis
    /// Written as a multiple of 24 hours ("1 x 24 jam"): calendar time, shown as written.
    public var isMultipleOf24Hours: Bool
    /// Preceded by "maksimal" / "paling lama": an upper bound, which is what every standard is.
    public var isMaximum: Bool

    public init(low: Double, high: Double? = nil, unit: Unit, basis: Basis? = nil,
                isMultipleOf24Hours: Bool = false, isMaximum: Bool = false) {
        self.low = low
        self.high = high ?? low
        self.unit = unit
        self.basis = basis ?? unit.defaultBasis
        self.isMultipleOf24Hours = isMultipleOf24Hours
        self.isMaximum = isMaximum
    }

    public var isRange: Bool { low != high }

    /// The part of a total this duration adds to, and the factor to that part's unit.
    public var totalPart: (part: WaktuTotal.Part, factor: Double) {
        switch (unit, basis) {
        case (.menit, .working): (.workingMinutes, 1)
        case (.jam, .working): (.workingMinutes, 60)
        case (.menit, .calendar): (.calendarMinutes, 1)
        case (.jam, .calendar): (.calendarMinutes, 60)
        case (.hari, _): (.calendarDays, 1)
        case (.minggu, _): (.calendarDays, 7)
        case (.hariKerja, _): (.workingDays, 1)
        case (.bulan, _): (.months, 1)
        }
    }

    /// The amount in minutes for clock units (menit, jam); nil for day-based units.
    public var minutes: (low: Double, high: Double)? {
        switch unit {
        case .menit: (low, high)
        case .jam: (low * 60, high * 60)
        default: nil
        }
    }
}

extension WaktuDuration.Unit {
    public var defaultBasis: WaktuDuration.Basis {
        switch self {
        case .menit, .jam, .hariKerja: .working
        case .hari, .minggu, .bulan: .calendar
        }
    }
}

/// A sum of time standards, kept per kind of time (minutes of service time do not add to
/// working days): what `sop list` shows as an SOP's total waktu.
public struct WaktuTotal: Sendable, Hashable {
    public enum Part: Int, Sendable, CaseIterable, Comparable {
        /// menit and jam of working (service) time, in minutes.
        case workingMinutes
        /// "x 24 jam" and other calendar hours, in minutes.
        case calendarMinutes
        /// hari, minggu (as 7 hari), in days.
        case calendarDays
        /// hari kerja, in days.
        case workingDays
        /// bulan.
        case months

        public static func < (lhs: Part, rhs: Part) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public private(set) var parts: [Part: ClosedRange<Double>] = [:]

    public init() {}

    public init(_ durations: some Sequence<WaktuDuration>) {
        for duration in durations { add(duration) }
    }

    public mutating func add(_ duration: WaktuDuration) {
        let (part, factor) = duration.totalPart
        let existing = parts[part] ?? 0...0
        let low = existing.lowerBound + duration.low * factor
        parts[part] = low...max(low, existing.upperBound + duration.high * factor)
    }

    public var isEmpty: Bool { parts.isEmpty }

    /// Adds another total, part by part.
    public mutating func add(_ other: WaktuTotal) {
        for (part, range) in other.parts {
            let existing = parts[part] ?? 0...0
            parts[part] = (existing.lowerBound + range.lowerBound)...(existing.upperBound + range.upperBound)
        }
    }

    /// Whether this total is longer than `other`, to choose between alternatives: by their upper
    /// ends, each part on one rough scale of working minutes where the parts differ (a working
    /// day of 8 hours, 5 working days a week, a month of 30 days).
    public func isLonger(than other: WaktuTotal) -> Bool {
        let (mine, theirs) = (scale(\.upperBound), other.scale(\.upperBound))
        if mine != theirs { return mine > theirs }
        return scale(\.lowerBound) > other.scale(\.lowerBound)
    }

    private func scale(_ end: KeyPath<ClosedRange<Double>, Double>) -> Double {
        parts.reduce(0) { sum, part in
            let factor: Double = switch part.key {
            case .workingMinutes: 1
            case .calendarMinutes: 1.0 / 3
            case .calendarDays: 480.0 * 5 / 7
            case .workingDays: 480
            case .months: 480.0 * 5 / 7 * 30
            }
            return sum + part.value[keyPath: end] * factor
        }
    }

    /// Minutes of working time, when the total is nothing else (SOP 01: 100 menit).
    public var workingMinutes: ClosedRange<Double>? { parts[.workingMinutes] }
}
