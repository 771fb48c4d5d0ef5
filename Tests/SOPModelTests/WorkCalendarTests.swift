import Foundation
import SOPCore
import Testing

@testable import SOPModel

/// The Dinas calendar of sop/kalender.yaml, and fixed instants around it.
enum Cal {
    static let dinas: WorkCalendar = {
        let result = CalendarLoader.load(path: Paths.root + "/sop/kalender.yaml")
        precondition(!result.hasErrors, "\(result.diagnostics.map(\.message.en))")
        return result.calendar!
    }()

    /// "2026-11-27 15:20" in the zone (default WIB).
    static func at(_ text: String, zone: TimeZone = WorkCalendar.jakarta) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)!
    }

    static func waktu(_ text: String) -> WaktuDuration { try! WaktuParser.parse(text).get() }

    static func text(_ date: Date, zone: TimeZone = WorkCalendar.jakarta) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "EEE yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}

@Suite("Due times as the office means them")
struct WorkCalendarTests {
    let dinas = Cal.dinas

    @Test("Service time: menit and jam count only within service hours", arguments: [
        // Friday closes at 16.00: "1 jam" from 15.20 leaves 40 minutes for Monday 08.00.
        ("2026-11-27 15:20", "1 jam", "Mon 2026-11-30 08:20"),
        ("2026-11-26 15:20", "30 menit", "Fri 2026-11-27 08:20"),  // Thursday closes 15.30
        ("2026-11-30 09:00", "5 menit", "Mon 2026-11-30 09:05"),
        ("2026-11-30 15:30", "5 menit", "Tue 2026-12-01 08:05"),  // at closing: counts from tomorrow
        ("2026-11-30 06:00", "30 menit", "Mon 2026-11-30 08:30"),  // before opening
        ("2026-11-28 10:00", "1 jam", "Mon 2026-11-30 09:00"),  // Saturday
        ("2026-11-30 15:00", "30 menit", "Mon 2026-11-30 15:30"),  // due exactly at closing
        ("2026-11-30 08:00", "8 jam", "Tue 2026-12-01 08:30"),  // a full day is 7.5 hours
        ("2026-11-30 09:00", "2 jam kalender", "Mon 2026-11-30 11:00"),
        ("2026-11-27 15:20", "1 x 24 jam", "Sat 2026-11-28 15:20"),  // calendar time
        ("2026-11-27 15:20", "2 hari", "Sun 2026-11-29 15:20"),
    ])
    func serviceTime(start: String, waktu: String, due: String) {
        #expect(Cal.text(dinas.due(from: Cal.at(start), waktu: Cal.waktu(waktu))) == due)
    }

    @Test("Working days: whole days, same time of day, inside service hours", arguments: [
        ("2026-11-27 15:00", "1 hari kerja", "Mon 2026-11-30 15:00"),  // the example
        ("2026-11-27 15:45", "1 hari kerja", "Mon 2026-11-30 15:30"),  // Friday 15.45 → Monday's closing
        ("2026-11-30 16:00", "1 hari kerja", "Wed 2026-12-02 08:00"),  // after closing: from tomorrow
        ("2026-11-28 10:00", "1 hari kerja", "Tue 2026-12-01 08:00"),  // Saturday: from Monday opening
        ("2026-11-30 10:00", "10 hari kerja", "Mon 2026-12-14 10:00"),
        ("2026-11-30 10:00", "1-3 hari kerja", "Thu 2026-12-03 10:00"),  // a range is due at its end
    ])
    func workingDays(start: String, waktu: String, due: String) {
        #expect(Cal.text(dinas.due(from: Cal.at(start), waktu: Cal.waktu(waktu))) == due)
    }

    @Test("Holidays and cuti bersama are not working days", arguments: [
        // Idul Fitri 1447: cuti bersama 20 March, holidays 21-22, cuti bersama 23-24.
        // Started on Nyepi itself: counting begins at the next opening, Wednesday 25 March 08.00.
        ("2026-03-19 10:00", "1 hari kerja", "Thu 2026-03-26 08:00"),
        ("2026-03-17 10:00", "1 hari kerja", "Wed 2026-03-25 10:00"),  // 18 (cuti), 19 (Nyepi), 20-24
        ("2026-03-17 15:00", "1 jam", "Wed 2026-03-25 08:30"),
        ("2026-05-13 09:00", "2 hari kerja", "Tue 2026-05-19 09:00"),  // 14 Kenaikan, 15 cuti bersama
        ("2026-08-14 15:30", "1 jam", "Tue 2026-08-18 08:30"),  // Friday, weekend, 17 Agustus
    ])
    func holidays(start: String, waktu: String, due: String) {
        #expect(Cal.text(dinas.due(from: Cal.at(start), waktu: Cal.waktu(waktu))) == due)
    }

    @Test func acrossTheYearEnd() {
        // 24 (cuti bersama) and 25 December (Natal) are off, then the weekend: 28, 29, 30.
        #expect(Cal.text(dinas.due(from: Cal.at("2026-12-23 14:00"), waktu: Cal.waktu("3 hari kerja"))) == "Wed 2026-12-30 14:00")
        // 2027 lists no holidays yet: 1 January 2027 counts as a working day.
        #expect(Cal.text(dinas.due(from: Cal.at("2026-12-31 15:00"), waktu: Cal.waktu("1 jam"))) == "Fri 2027-01-01 08:30")
        #expect(dinas.holidayYears == [2026])
    }

    @Test func timeZones() throws {
        let text = "kalender: Kantor di Makassar\nzona_waktu: WITA\njam_layanan: Senin-Jumat 08.00-16.00\n"
        let wita = try #require(CalendarLoader.load(text: text, path: "k.yaml").calendar)
        let zone = try #require(CalendarLoader.zone("WITA"))
        #expect(wita.timeZone.secondsFromGMT() == 8 * 3600)
        // 15.30 in Makassar is 14.30 in Jakarta: the same instant, judged by the local hours.
        let start = Cal.at("2026-11-30 15:30", zone: zone)
        #expect(Cal.text(wita.due(from: start, waktu: Cal.waktu("1 jam")), zone: zone) == "Tue 2026-12-01 08:30")
        #expect(Cal.text(Cal.dinas.due(from: start, waktu: Cal.waktu("1 jam"))) == "Mon 2026-11-30 15:30")
        let wit = try #require(CalendarLoader.load(text: "kalender: Jayapura\nzona_waktu: WIT\n", path: "k.yaml").calendar)
        #expect(wit.timeZone.secondsFromGMT() == 9 * 3600)
    }

    @Test func withoutServiceHoursMenitAndJamAreElapsed() {
        let standard = WorkCalendar.standard
        #expect(Cal.text(standard.due(from: Cal.at("2026-11-27 15:20"), waktu: Cal.waktu("1 jam"))) == "Fri 2026-11-27 16:20")
        #expect(Cal.text(standard.due(from: Cal.at("2026-11-27 15:00"), waktu: Cal.waktu("1 hari kerja"))) == "Mon 2026-11-30 15:00")
    }

    @Test func anSOPsOwnServiceHoursWin() throws {
        let hours = try ServiceHoursParser.parse(["Senin-Jumat 07.00-12.00"]).get()
        let own = dinas.serving(ServiceHours(texts: [], entries: hours.entries, timeZone: nil))
        #expect(Cal.text(own.due(from: Cal.at("2026-11-30 11:30"), waktu: Cal.waktu("1 jam"))) == "Tue 2026-12-01 07:30")
        #expect(own.holidays.count == dinas.holidays.count, "holidays stay")
    }

    @Test func breaksAreNotServiceTime() throws {
        let text = "kalender: Dengan istirahat\njam_layanan: Senin-Jumat 08.00-12.00 13.00-16.00\n"
        let calendar = try #require(CalendarLoader.load(text: text, path: "k.yaml").calendar)
        #expect(Cal.text(calendar.due(from: Cal.at("2026-11-30 11:30"), waktu: Cal.waktu("1 jam"))) == "Mon 2026-11-30 13:30")
        #expect(Cal.text(calendar.due(from: Cal.at("2026-11-27 12:30"), waktu: Cal.waktu("1 hari kerja"))) == "Mon 2026-11-30 13:00")
        #expect(calendar.serviceSeconds(from: Cal.at("2026-11-30 11:00"), to: Cal.at("2026-11-30 14:00")) == 2 * 3600)
    }

    @Test func usedTimeOnTheStandardsClock() {
        let start = Cal.at("2026-11-27 15:20"), end = Cal.at("2026-11-30 08:20")
        #expect(dinas.used(from: start, to: end, waktu: Cal.waktu("1 jam")) == 3600)
        #expect(dinas.used(from: start, to: end, waktu: Cal.waktu("2 hari")) == end.timeIntervalSince(start))
        #expect(dinas.workingDayLength == (4 * 450 + 480) / 5 * 60)
    }

    @Test func aCaseFallsDueByTheSumOfItsStandards() {
        var total = WaktuTotal()
        total.add(WaktuDuration(low: 100, unit: .menit))
        total.add(WaktuDuration(low: 2, unit: .hariKerja))
        // Friday 15.00 + 100 service minutes: 60 until Friday's 16.00 closing, 40 from Monday 08.00,
        // so Monday 08.40; + 2 working days = Wednesday 08.40.
        #expect(Cal.text(dinas.due(from: Cal.at("2026-11-27 15:00"), total: total)) == "Wed 2026-12-02 08:40")
    }

    @Test func civilDates() {
        for (y, m, d) in [(1970, 1, 1), (2026, 3, 21), (2000, 2, 29), (1999, 12, 31), (2100, 3, 1)] {
            let number = WorkCalendar.dayNumber(year: y, month: m, day: d)
            #expect(WorkCalendar.civil(ofDay: number) == (y, m, d))
        }
        #expect(WorkCalendar.dayNumber(year: 1970, month: 1, day: 1) == 0)
        #expect(WorkCalendar.weekday(ofDay: WorkCalendar.dayNumber(year: 2026, month: 11, day: 30)) == .senin)
    }
}

/// Seeded properties over many random instants.
@Suite("Calendar properties")
struct WorkCalendarPropertyTests {
    let dinas = Cal.dinas

    func randomInstants(_ count: Int) -> [Date] {
        var generator = SplitMix64(seed: 0xCA1E_DA12)
        let start = Cal.at("2026-01-01 00:00").timeIntervalSince1970
        return (0..<count).map { _ in
            Date(timeIntervalSince1970: start + Double(generator.next() % (365 * 86_400 / 60)) * 60)
        }
    }

    @Test func serviceMinutesAdd() {
        var generator = SplitMix64(seed: 7)
        for start in randomInstants(2000) {
            let a = Double(generator.next() % 600), b = Double(generator.next() % 600)
            let stepwise = dinas.addServiceSeconds(b * 60, to: dinas.addServiceSeconds(a * 60, to: start))
            #expect(stepwise == dinas.addServiceSeconds((a + b) * 60, to: start), "\(start) + \(a) + \(b)")
        }
    }

    @Test func workingDaysAddWithinCommonHours() {
        var generator = SplitMix64(seed: 11)
        for date in randomInstants(2000) {
            // A start inside the hours every working day shares (08.00-15.30).
            let day = dinas.local(date).day
            let start = dinas.instant(day: day, second: 8 * 3600 + Int(generator.next() % (7 * 60 + 30)) * 60, reference: date)
            guard dinas.isWorkingDay(day) else { continue }
            let a = Double(1 + generator.next() % 10), b = Double(1 + generator.next() % 10)
            let stepwise = dinas.addWorkingDays(b, to: dinas.addWorkingDays(a, to: start))
            #expect(stepwise == dinas.addWorkingDays(a + b, to: start))
        }
    }

    @Test func dueTimesOfWorkingUnitsNeverFallOutsideServiceHours() {
        var generator = SplitMix64(seed: 13)
        let units = ["menit", "jam", "hari kerja"]
        for start in randomInstants(3000) {
            let text = "\(1 + generator.next() % 30) \(units[Int(generator.next() % 3)])"
            let due = dinas.due(from: start, waktu: Cal.waktu(text))
            let (day, second) = dinas.local(due)
            let inside = dinas.intervals(ofDay: day).contains { second >= $0.open && second <= $0.close }
            #expect(inside, "\(text) from \(Cal.text(start)) is due \(Cal.text(due))")
        }
    }

    @Test func serviceTimeUsedMatchesTheDue() {
        var generator = SplitMix64(seed: 17)
        for start in randomInstants(1000) {
            let minutes = Double(1 + generator.next() % 900)
            let due = dinas.addServiceSeconds(minutes * 60, to: start)
            #expect(dinas.serviceSeconds(from: start, to: due) == minutes * 60)
        }
    }
}

@Suite("The calendar file")
struct CalendarLoaderTests {
    @Test func theDinasCalendar() {
        let result = CalendarLoader.load(path: Paths.root + "/sop/kalender.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.calendar?.holidays.count == 25, "17 libur nasional and 8 cuti bersama in 2026")
        #expect(result.calendar?.holidays.values.filter { $0.kind == .cutiBersama }.count == 8)
        #expect(result.calendar?.holiday(on: Cal.at("2026-08-17 10:00"))?.name == "Proklamasi Kemerdekaan")
    }

    @Test func problemsAreLocated() {
        let text = """
            kalender: Rusak
            zona_waktu: WIT8
            jam_layanan: Senin sampai Jumat
            libur_nasional:
              2026:
                2026-02-30: Tidak ada
                2025-12-25: Tahun lalu
                2026-08-17: Proklamasi
              20x6:
                2026-01-01: Tahun baru
            cuti_bersama:
              2026:
                2026-08-17: Lagi

            """
        let result = CalendarLoader.load(text: text, path: "k.yaml")
        #expect(result.diagnostics.sortedByLocation().map { "\($0.location!.line):\($0.code)" } == [
            "2:invalid-choice", "3:jam-layanan-format", "6:date-nonexistent", "7:calendar-date-outside-year",
            "9:calendar-year", "13:calendar-duplicate-day",
        ])
    }

    @Test func folderTellsCalendarsFromSOPs() throws {
        let folder = SOPFolder(path: Paths.sopFolder)
        #expect(try folder.loadAll().map(\.source.path).allSatisfy { !$0.hasSuffix("kalender.yaml") })
        #expect(try folder.calendar()?.calendar?.name == "Dinas Koperasi, Perindustrian dan Perdagangan Kota Malang")
    }
}
