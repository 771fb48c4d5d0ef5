import ArgumentParser
import Foundation
import SOPCore
import SOPEngine
import SOPModel
import SOPReport
import SOPTerminal

/// `sop show 01`: the SOP as a readable terminal document. `--sejak "25-12-2026 02.00"`: each
/// row's due time as if it started then, on the unit's calendar, nothing written.
struct ShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "show",
            abstract: Help.text(id: "Menampilkan satu SOP: identitas dan tabel kegiatan.",
                                en: "Shows one SOP: identity and activity table."))
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: Help.argument(id: "Nomor SOP, awalan nama berkas, atau jalur berkas.",
                                  en: "SOP number, file-name prefix, or file path."))
    var sop: String

    @Option(name: .customLong("sejak"), help: Help.argument(
        id: "Tanggal dan jam (\"25-12-2026 02.00\"): batas waktu setiap kegiatan bila dimulai saat itu, menurut kalender unit; tidak ada yang disimpan.",
        en: "Date and time (\"25-12-2026 02.00\"): each step's due time if it starts then, on the unit's calendar; nothing is saved."))
    var since: String?

    func run() throws {
        let result = try global.resolve(sop)
        let findings = global.checkAtDesk(result)
        if let model = result.sop, !findings.hasErrors {
            if let since {
                Console.write(try trialTimes(model, since: since))
            } else {
                Console.write(SOPDocumentView(sop: model, language: global.language, terminal: global.stdout).render())
            }
        }
        if findings.hasErrors {
            throw CommandFailure.sopHasErrors(result.source.path, errors: findings.errorCount,
                                              language: global.language)
        }
    }

    /// Each row's due time from `text`, on the calendar with the SOP's own service hours.
    private func trialTimes(_ sop: SOP, since text: String) throws -> String {
        let language = global.language
        let calendar = try global.workCalendar().serving(sop.serviceHours)
        guard let start = Self.instant(text, calendar: calendar) else {
            throw CommandFailure(Catalog.TrialTimes.unreadable(text), language: language, exitCode: 2)
        }
        let time = TimeText(language: language, timeZone: calendar.timeZone)
        let weekday = WorkCalendar.weekday(ofDay: calendar.localDay(of: start)).name
        var out = Catalog.TrialTimes.header(time.dateTime(start), day: weekday).text(language) + "\n"
        if let holiday = calendar.holiday(on: start) {
            out += Catalog.TrialTimes.holiday(holiday.name, kind: holiday.kind.rawValue, served: calendar.servesHolidays).text(language) + "\n"
        }
        for step in sop.steps {
            guard let waktu = step.mutuBaku.waktu else { continue }
            let label = step.number ?? step.id.value
            let printed = PrintedLine.of(waktu.text.value)
            let line: Localized
            if waktu.dependsOnCase {
                line = Catalog.TrialTimes.dependsOnCase(label, waktu: printed)
            } else if let daily = waktu.dailyAt {
                line = Catalog.TrialTimes.row(label, waktu: printed, due: time.dateTime(calendar.due(after: start, daily: daily), reference: start))
            } else if let duration = waktu.duration {
                let due = time.dateTime(calendar.due(from: start, waktu: duration), reference: start)
                let from = sop.timing(of: step.id.value)?.from.flatMap { $0 == step.id.value ? nil : sop.step($0).map { $0.number ?? $0.id.value } }
                line = Localized(id: Catalog.TrialTimes.row(label, waktu: printed, due: due).id + (from.map { Catalog.TrialTimes.since($0).id } ?? ""),
                                 en: Catalog.TrialTimes.row(label, waktu: printed, due: due).en + (from.map { Catalog.TrialTimes.since($0).en } ?? ""))
            } else {
                line = Catalog.TrialTimes.noStandard(label, waktu: printed)
            }
            out += line.text(language) + "\n"
        }
        return out + Catalog.TrialTimes.footer.text(language) + "\n"
    }

    /// "25-12-2026 02.00", "2026-12-25 02:00", "25 Desember 2026 02.00" in the calendar's zone;
    /// a date alone is its midnight.
    static func instant(_ text: String, calendar: WorkCalendar) -> Date? {
        var words = text.trimmingWhitespace().split(separator: " ").map(String.init)
        var minutes = 0
        if let last = words.last, words.count > 1 {
            let parts = last.split(whereSeparator: { $0 == "." || $0 == ":" })
            if parts.count == 2, parts[1].count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
                (0..<24).contains(hour), (0..<60).contains(minute)
            {
                minutes = hour * 60 + minute
                words.removeLast()
            }
        }
        guard let midnight = VisitFilter.midnight(of: words.joined(separator: " "), calendar: calendar) else { return nil }
        return midnight.addingTimeInterval(TimeInterval(minutes * 60))
    }
}
