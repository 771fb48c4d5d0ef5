import Foundation
import SOPCore
import SOPYAML

/// What loading a calendar file gives: the calendar (when the file holds one, even with errors)
/// and every diagnostic.
public struct CalendarLoadResult: Sendable {
    public let source: SourceFile
    public let calendar: WorkCalendar?
    public let diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.hasErrors }
}

/// Reads `kalender.yaml` against `CalendarLanguage` into a `WorkCalendar`.
public enum CalendarLoader {
    public static func load(path: String) -> CalendarLoadResult {
        switch FileReader.read(path, limit: ReaderLimits.standard.maxBytes) {
        case .success(let bytes):
            return load(document: YAMLReader.read(bytes, path: path))
        case .failure(let failure):
            return CalendarLoadResult(source: SourceFile(path: path, bytes: []), calendar: nil,
                                      diagnostics: [failure.diagnostic(path: path, limit: ReaderLimits.standard.maxBytes)])
        }
    }

    public static func load(text: String, path: String) -> CalendarLoadResult {
        load(document: YAMLReader.read(Array(text.utf8), path: path))
    }

    public static func load(document: YAMLDocument) -> CalendarLoadResult {
        guard let root = document.root else {
            return CalendarLoadResult(source: document.source, calendar: nil, diagnostics: document.diagnostics)
        }
        let context = LoadContext(file: document.source.path)
        let calendar = CalendarConstructor(context: context).calendar(from: root)
        return CalendarLoadResult(source: document.source, calendar: calendar,
                                  diagnostics: document.diagnostics + context.diagnostics)
    }

    /// The fixed-offset zone of WIB, WITA or WIT.
    public static func zone(_ name: String) -> TimeZone? {
        switch name.uppercased() {
        case "WIB": TimeZone(identifier: "Asia/Jakarta")
        case "WITA": TimeZone(identifier: "Asia/Makassar")
        case "WIT": TimeZone(identifier: "Asia/Jayapura")
        default: nil
        }
    }
}

struct CalendarConstructor {
    let context: LoadContext

    func calendar(from root: Node) -> WorkCalendar? {
        guard let view = context.object(root, CalendarLanguage.document, key: CalendarLanguage.marker) else { return nil }
        let zone = view.choice("zona_waktu").flatMap { CalendarLoader.zone($0.value) } ?? WorkCalendar.jakarta
        var holidays: [WorkCalendar.Holiday] = []
        var seen: [Int: Mark] = [:]
        for (key, kind) in [("libur_nasional", WorkCalendar.Holiday.Kind.liburNasional), ("cuti_bersama", .cutiBersama)] {
            holidays += daysOff(view.node(key), key: key, kind: kind, seen: &seen)
        }
        return WorkCalendar(name: view.text("kalender")?.value, timeZone: zone,
                            hours: view.serviceHours("jam_layanan"), holidays: holidays)
    }

    /// year → (date → name); each date must be a real day of its year, written once.
    private func daysOff(_ node: Node?, key: String, kind: WorkCalendar.Holiday.Kind, seen: inout [Int: Mark]) -> [WorkCalendar.Holiday] {
        guard let node else { return [] }
        if node.isEmptyValue { return [] }
        guard case .mapping(let years) = node else {
            context.error(LoaderCode.wrongType, Catalog.Loader.wrongType(key, expected: .mapping, found: node.kind),
                          at: context.location(of: node))
            return []
        }
        var holidays: [WorkCalendar.Holiday] = []
        for yearPair in years.pairs {
            let yearText = yearPair.key.value
            guard yearText.count == 4, let year = Int(yearText) else {
                context.error(CalendarCode.badYear, Catalog.Calendar.badYear(yearText),
                              at: context.location(yearPair.key.mark, length: yearPair.key.length))
                continue
            }
            if yearPair.value.isEmptyValue { continue }
            guard case .mapping(let days) = yearPair.value else {
                context.error(LoaderCode.wrongType, Catalog.Loader.wrongType(yearText, expected: .mapping, found: yearPair.value.kind),
                              at: context.location(of: yearPair.value))
                continue
            }
            for dayPair in days.pairs {
                let location = context.location(dayPair.key.mark, length: dayPair.key.length)
                let name = context.text(dayPair.value, key: dayPair.key.value, required: true)?.value ?? ""
                guard case .success(let value) = SOPDateParser.parse(dayPair.key.value),
                    case .day(let y, let m, let d) = value
                else {
                    if case .failure(.nonexistent) = SOPDateParser.parse(dayPair.key.value) {
                        context.error(LoaderCode.dateNonexistent, Catalog.Loader.dateNonexistent(dayPair.key.value), at: location)
                    } else {
                        context.error(LoaderCode.dateFormat, Catalog.Loader.dateUnreadable(dayPair.key.value), at: location)
                    }
                    continue
                }
                guard y == year else {
                    context.error(CalendarCode.dateOutsideYear, Catalog.Calendar.dateOutsideYear(dayPair.key.value, year: year),
                                  at: location)
                    continue
                }
                let number = WorkCalendar.dayNumber(year: y, month: m, day: d)
                if let first = seen[number] {
                    context.error(CalendarCode.duplicateDay, Catalog.Calendar.duplicateDay(dayPair.key.value), at: location,
                                  notes: [.init(Catalog.YAML.firstWrittenHere, at: context.location(first))])
                    continue
                }
                seen[number] = dayPair.key.mark
                holidays.append(WorkCalendar.Holiday(day: number, name: name, kind: kind))
            }
        }
        return holidays
    }
}

/// The stable codes of calendar diagnostics.
public enum CalendarCode {
    public static let badYear: DiagnosticCode = "calendar-year"
    public static let dateOutsideYear: DiagnosticCode = "calendar-date-outside-year"
    public static let duplicateDay: DiagnosticCode = "calendar-duplicate-day"

    public static let all: [DiagnosticCode] = [badYear, dateOutsideYear, duplicateDay]
}
