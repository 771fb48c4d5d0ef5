import Testing

@testable import SOPModel

@Suite struct SOPDateParserTests {
    @Test("Dates as printed", arguments: [
        ("Maret 2021", SOPDate.Value.month(year: 2021, month: 3)),
        ("24 Februari 2025", .day(year: 2025, month: 2, day: 24)),
        ("2 Januari 2025", .day(year: 2025, month: 1, day: 2)),
        ("29 Februari 2024", .day(year: 2024, month: 2, day: 29)),
        ("2025-02-24", .day(year: 2025, month: 2, day: 24)),
        ("2025-02", .month(year: 2025, month: 2)),
        ("10 Agt 2025", .day(year: 2025, month: 8, day: 10)),
        ("1 Nopember 2020", .day(year: 2020, month: 11, day: 1)),
        ("-", .none), ("", .none), ("–", .none),
        // A bracketed note after the date, as a revision cell prints it (tester 25, finding 2).
        ("14 Juli 2025 (Revisi ke-1)", .day(year: 2025, month: 7, day: 14)),
        ("Maret 2021 (Rev. 2)", .month(year: 2021, month: 3)),
    ])
    func reads(text: String, value: SOPDate.Value) {
        #expect(SOPDateParser.parse(text) == .success(value))
    }

    @Test("Days that do not exist", arguments: ["30 Februari 2025", "29 Februari 2023", "31 April 2021", "2025-02-30", "0 Maret 2021"])
    func nonexistent(text: String) {
        guard case .failure(.nonexistent) = SOPDateParser.parse(text) else {
            Issue.record("'\(text)' should be a nonexistent day")
            return
        }
    }

    @Test("Unreadable dates", arguments: ["Maret", "Marett 2021", "24/2025/02", "24 Februari 25", "2025-13-01", "kemarin", "13/13/2025x",
                                          "(Revisi ke-1)", "- (Revisi ke-1)", "Revisi ke-1 (14 Juli 2025)", "14 Juli 2025 (Revisi) (ke-1)"])
    func unreadable(text: String) {
        #expect(SOPDateParser.parse(text) == .failure(.unreadable))
    }

    @Test func monthSpan() throws {
        let date = SOPDate(text: .init("Februari 2024", at: .start), value: .month(year: 2024, month: 2))
        let span = try #require(date.span)
        #expect(span.first == .init(2024, 2, 1))
        #expect(span.last == .init(2024, 2, 29))
        #expect(date.formatted == "Februari 2024")
    }
}

@Suite struct ServiceHoursParserTests {
    @Test func officialForm() throws {
        let parsed = try ServiceHoursParser.parse(["Senin-Kamis 08.00-15.30, Jumat 08.00-16.00"]).get()
        #expect(parsed.entries.count == 2)
        #expect(parsed.entries[0].days == [.senin, .selasa, .rabu, .kamis])
        #expect(parsed.entries[0].intervals == [.init(open: 480, close: 930)])
        #expect(parsed.entries[1].days == [.jumat])
        #expect(parsed.entries[1].intervals == [.init(open: 480, close: 960)])
        #expect(parsed.timeZone == nil)
    }

    @Test func parenthesesZonesAndBreaks() throws {
        let parsed = try ServiceHoursParser.parse(["Senin-Kamis (08.00-15.30 WIB), Jumat (08.00-16.00 WIB)"]).get()
        #expect(parsed.timeZone == "WIB")
        #expect(parsed.entries.map(\.days.count) == [4, 1])
        let split = try ServiceHoursParser.parse(["Senin - Jumat 08:00-12:00 13:00-16:00", "Sabtu 08.00-12.00"]).get()
        #expect(split.entries[0].intervals.count == 2)
        #expect(split.entries[0].days.count == 5)
        #expect(split.entries[1].days == [.sabtu])
    }

    @Test("Unreadable service hours", arguments: ["kapan saja", "Senin 08.00", "Senin 16.00-08.00", "Senen 08.00-12.00", "Senin 25.00-26.00", "Senin-Kamis 8-15"])
    func unreadable(text: String) {
        if case .success = ServiceHoursParser.parse([text]) { Issue.record("'\(text)' should not parse") }
    }

    /// A 24-hour unit's printed "Waktu Layanan" (tester 32, F1/F2): every day, all day, and what
    /// it says of holidays.
    @Test("Printed 24-hour forms", arguments: [
        ("24 jam", ServiceHours.Holidays.unstated),
        ("24 jam setiap hari", .unstated),
        ("Senin-Minggu 24 jam", .unstated),
        ("Senin s.d. Minggu 00.00-24.00", .unstated),
        ("Setiap hari 00.00-24.00", .unstated),
        ("24 jam setiap hari (Senin s.d. Minggu, termasuk hari libur nasional dan cuti bersama)", .served),
        ("setiap hari 24 jam termasuk hari libur", .served),
        ("Senin-Minggu 00.00-24.00 termasuk hari libur", .served),
        ("Senin-Minggu 00.00-24.00, termasuk libur nasional serta cuti bersama.", .served),
        ("Senin-Minggu dan hari libur 00.00-24.00", .served),
        ("Senin sampai dengan Minggu 00.00-24.00 kecuali hari libur", .closed),
        ("24 jam, tidak termasuk hari libur", .closed),
    ])
    func twentyFourHours(text: String, holidays: ServiceHours.Holidays) throws {
        let parsed = try ServiceHoursParser.parse([text]).get()
        #expect(parsed.holidays == holidays)
        let hours = ServiceHours(texts: [], entries: parsed.entries, timeZone: parsed.timeZone, holidays: parsed.holidays)
        #expect(hours.everyDay)
        // Each day once, all day: days named twice ("setiap hari (Senin s.d. Minggu)") count once.
        for day in ServiceHours.Weekday.allCases {
            #expect(hours.intervals(on: day) == [.init(open: 0, close: 24 * 60)], "\(text): \(day)")
        }
    }

    @Test func officeHoursCanSayHolidaysToo() throws {
        let parsed = try ServiceHoursParser.parse(["Senin-Jumat 07.00-21.00, Sabtu 08.00-12.00 (termasuk hari libur)"]).get()
        #expect(parsed.holidays == .served)
        #expect(parsed.entries.map(\.days.count) == [5, 1])
    }

    @Test("Unreadable holiday and 24-hour text", arguments: [
        "24 jam setiap hari, dilaksanakan secara bergiliran", "termasuk hari libur", "Hari libur 00.00-24.00",
        "Senin-Minggu 00.00-24.00, Hari libur 00.00-24.00", "Senin-Minggu 08.00-12.00 termasuk hari libur kecuali hari libur",
        "Senin-Minggu 00.00-24.00 termasuk cuti", "setiap hari", "12 jam setiap hari",
    ])
    func unreadableHolidays(text: String) {
        if case .success = ServiceHoursParser.parse([text]) { Issue.record("'\(text)' should not parse") }
    }

    @Test func saidTwiceDifferentlyIsUnreadable() {
        if case .success = ServiceHoursParser.parse(["Senin-Jumat 08.00-16.00 termasuk hari libur", "Sabtu 08.00-12.00 kecuali hari libur"]) {
            Issue.record("contradicting holiday clauses should not parse")
        }
    }

    @Test func formatting() {
        #expect(ServiceHoursParser.format(480) == "08.00")
        #expect(ServiceHoursParser.format(930) == "15.30")
    }
}

@Suite struct SectionTests {
    @Test func codeAndTitle() {
        #expect(Section(parsing: "A. Proses Penerimaan Pengaduan") == Section(code: "A", title: "Proses Penerimaan Pengaduan"))
        #expect(Section(parsing: "II) Tindak lanjut") == Section(code: "II", title: "Tindak lanjut"))
        #expect(Section(parsing: "Penutup") == Section(code: nil, title: "Penutup"))
        #expect(Section(parsing: "Ket. tambahan panjang sekali").code == nil)
    }
}
