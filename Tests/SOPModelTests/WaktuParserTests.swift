import Testing

@testable import SOPModel

@Suite struct WaktuParserTests {
    typealias Unit = WaktuDuration.Unit

    @Test("Waktu as officials write it", arguments: [
        ("5 menit", 5.0, 5.0, Unit.menit, WaktuDuration.Basis.working),
        ("1 jam", 1, 1, .jam, .working),
        ("1 Jam", 1, 1, .jam, .working),
        ("2 hari", 2, 2, .hari, .calendar),
        ("10 hari kerja", 10, 10, .hariKerja, .working),
        ("1 Hari Kerja", 1, 1, .hariKerja, .working),
        ("30 hari kerja", 30, 30, .hariKerja, .working),
        ("1-3 hari", 1, 3, .hari, .calendar),
        ("1 - 3 hari", 1, 3, .hari, .calendar),
        ("1 – 3 hari kerja", 1, 3, .hariKerja, .working),
        ("1 s.d. 3 hari", 1, 3, .hari, .calendar),
        ("1 s/d 3 hari", 1, 3, .hari, .calendar),
        ("2 sampai 4 jam", 2, 4, .jam, .working),
        ("1,5 jam", 1.5, 1.5, .jam, .working),
        ("0.5 jam", 0.5, 0.5, .jam, .working),
        ("2 minggu", 2, 2, .minggu, .calendar),
        ("1 bulan", 1, 1, .bulan, .calendar),
        ("maksimal 10 hari kerja", 10, 10, .hariKerja, .working),
        ("  5   menit  ", 5, 5, .menit, .working),
        ("2 jam kerja", 2, 2, .jam, .working),
    ])
    func reads(text: String, low: Double, high: Double, unit: Unit, basis: WaktuDuration.Basis) throws {
        let duration = try WaktuParser.parse(text).get()
        #expect(duration.low == low)
        #expect(duration.high == high)
        #expect(duration.unit == unit)
        #expect(duration.basis == basis)
    }

    @Test("x 24 jam is calendar time", arguments: [("1 x 24 jam", 24.0), ("2 x 24 Jam", 48), ("1x24 jam", 24), ("3 × 24 jam", 72)])
    func multiplesOf24Hours(text: String, hours: Double) throws {
        let duration = try WaktuParser.parse(text).get()
        #expect(duration.low == hours)
        #expect(duration.unit == .jam)
        #expect(duration.basis == .calendar)
        #expect(duration.isMultipleOf24Hours)
        #expect(duration.minutes?.low == hours * 60)
    }

    @Test func maximumIsNoted() throws {
        #expect(try WaktuParser.parse("paling lama 3 hari").get().isMaximum)
        #expect(try !WaktuParser.parse("3 hari").get().isMaximum)
    }

    @Test("Unreadable waktu, with a suggestion where one is near", arguments: [
        ("5 mnt", "5 menit"), ("5 menti", "5 menit"), ("2 jm", "2 jam"), ("3 harii", "3 hari"),
        ("10 hk", "10 hari kerja"), ("1-3 days", "1-3 hari"),
    ])
    func suggestions(text: String, suggestion: String) {
        #expect(WaktuParser.parse(text) == .failure(.unreadable(suggestion: suggestion)))
    }

    @Test("Unreadable waktu without a suggestion", arguments: ["", "segera", "menit", "5", "setiap hari", "1 x hari", "5 menit lagi ya", "x 24 jam", "2 x 24 hari", "1 hari atau 2 hari"])
    func unreadable(text: String) {
        if case .success = WaktuParser.parse(text) { Issue.record("'\(text)' should not parse") }
    }

    @Test func totalsKeepKindsApart() {
        var total = WaktuTotal()
        for text in ["5 menit", "1 jam", "1 x 24 jam", "10 hari kerja", "1-3 hari", "1 minggu"] {
            if case .success(let duration) = WaktuParser.parse(text) { total.add(duration) }
        }
        #expect(total.parts[.workingMinutes] == 65...65)
        #expect(total.parts[.calendarMinutes] == 1440...1440)
        #expect(total.parts[.workingDays] == 10...10)
        #expect(total.parts[.calendarDays] == 8...10)
        // A day counted in hours (1 x 24 jam) is summed with the calendar days, as one figure.
        #expect(WaktuFormatter.format(total, .id) == "1 jam 5 menit + 9–11 hari + 10 hari kerja")
        #expect(WaktuFormatter.format(total, .en) == "1 h 5 min + 9–11 days + 10 working days")
    }

    @Test func minutesInWords() {
        #expect(WaktuFormatter.minutes(100, .id) == "1 jam 40 menit")
        #expect(WaktuFormatter.minutes(45, .id) == "45 menit")
        #expect(WaktuFormatter.minutes(120, .id) == "2 jam")
        #expect(WaktuFormatter.minutes(90.5, .id) == "1 jam 30,5 menit")
        #expect(WaktuFormatter.minutes(90.5, .en) == "1 h 30.5 min")
    }
}
