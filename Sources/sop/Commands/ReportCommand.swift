import ArgumentParser
import Foundation
import SOPCore
import SOPEngine
import SOPModel
import SOPReport
import SOPStore

/// `sop report [01] [--from DATE] [--to DATE]`: how often the mutu baku is met.
struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "report",
            abstract: Help.text(
                id: "Laporan mutu baku: per SOP, kegiatan, peran dan operator; lama penyelesaian dan ketepatan waktu.",
                en: "Quality standard report: per SOP, step, role and operator; time taken and share within the standard."))
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json, html
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var desk: DeskOptions

    @Argument(help: Help.argument(id: "Nomor SOP (bawaan: semua).", en: "SOP number (default: all)."))
    var sop: String?

    @Option(name: .customLong("from"), help: Help.argument(
        id: "Tanggal awal (tttt-bb-hh atau '1 November 2026'), menurut waktu mulai kegiatan.",
        en: "First day (yyyy-mm-dd or '1 November 2026'), by step start time."))
    var from: String?

    @Option(name: .customLong("to"), help: Help.argument(id: "Tanggal akhir, termasuk.", en: "Last day, included."))
    var to: String?

    @Option(name: .customLong("format"), help: Help.argument(id: "table (bawaan), csv, json atau html.", en: "table (default), csv, json or html."))
    var format: Format = .table

    @Option(name: [.customShort("o"), .customLong("output")], help: Help.argument(id: "Tulis ke berkas ini.", en: "Write to this file."))
    var output: String?

    @Flag(name: .customLong("periksa"), help: Help.argument(
        id: "Periksa dulu rantai, revisi SOP, daftar peran dan kunjungan langkah setiap kasus yang dihitung terhadap kejadiannya; tolak bila tidak cocok.",
        en: "First check every counted case's chain, SOP revision, roster and step visits against its events; refuse when they disagree."))
    var check = false

    /// A bad day or a period that ends before it starts is a usage error of `sop report` (its
    /// usage lines, exit 2), as the web report refuses it.
    func validate() throws {
        guard from != nil || to != nil, let calendar = try? global.workCalendar() else { return }
        let start = try day(from, calendar: calendar, option: "--from")
        let end = try day(to, calendar: calendar, option: "--to")
        if let start, let end, end < start {
            throw ValidationError(Catalog.Report.periodReversed(from ?? "", to ?? "").text(global.language))
        }
    }

    func run() throws {
        let language = global.language
        let calendar = try global.workCalendar()
        let start = try day(from, calendar: calendar, option: "--from")
        let end = try day(to, calendar: calendar, option: "--to").map { $0.addingTimeInterval(86_400) }
        let store = try desk.openStore(language: language, readOnly: true)
        let nomor = sop.map { Lookup.nomor($0, folder: global.folder, store: store) }
        var report: Report
        var breaks: [ChainBreak] = []
        do throws(StoreError) {
            report = try VisitFilter(nomor: nomor, from: start, to: end).report(store: store, calendar: calendar, now: desk.clock.now(), language: language)
            // The history the figures come from (tester 15's finding 4): the digest of every chain
            // head, and with --periksa every counted case's chain and derived rows checked first.
            if let verifiable = store as? any VerifiableStore, !report.sops.isEmpty {
                if check { breaks = try ChainVerifier.breaks(of: report.countedCases, verifiable) }
                report.basis = ReportBasis(cases: report.countedCases, headDigest: try ChainVerifier.storedHeadDigest(verifiable), checked: check)
            }
        } catch {
            throw CommandFailure(error, language: language)
        }
        guard breaks.isEmpty else {
            Console.write(ChainBreak.printed(breaks, language))
            throw CommandFailure(Catalog.Report.reportRefused(ChainBreak.findings(breaks)), language: language, exitCode: 1)
        }
        let text = ReportText(language: language, calendar: calendar)
        let rendered: String =
            switch format {
            case .table: ReportTableWriter(text: text, width: output == nil ? global.stdout.wrapWidth : nil).write(report)
            case .csv: ReportCSVWriter(language: language).write(report)
            case .json: ReportJSONWriter().write(report)
            case .html: ReportHTMLWriter(text: text).write(report)
            }
        guard let output else {
            Console.write(rendered)
            return
        }
        try OutputFile.write(Data(rendered.utf8), to: output, mode: 0o600, language: language)
    }

    /// Local midnight of a written day, in the calendar's zone.
    private func day(_ text: String?, calendar: WorkCalendar, option: String) throws -> Date? {
        guard let text else { return nil }
        guard let midnight = VisitFilter.midnight(of: text, calendar: calendar) else {
            throw ValidationError(Catalog.CLI.badDay(option, text).text(global.language))
        }
        return midnight
    }
}
