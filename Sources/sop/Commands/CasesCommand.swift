import ArgumentParser
import SOPCore
import SOPEngine
import SOPTerminal

/// `sop cases [--sop 01] [--status terbuka]`: cases with status, active steps, age and lateness.
struct CasesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "cases",
            abstract: Help.text(id: "Daftar kasus, dapat disaring menurut SOP dan status.",
                                en: "Lists cases, filtered by SOP and status."))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var desk: DeskOptions

    @Option(name: .customLong("sop"), help: Help.argument(id: "Hanya kasus SOP ini (nomor).", en: "Only cases of this SOP (nomor)."))
    var nomor: String?

    @Option(name: .customLong("status"), help: Help.argument(
        id: "Hanya status ini: terbuka, dijeda, selesai, dibatalkan (boleh diulang).",
        en: "Only this status: terbuka, dijeda, selesai, dibatalkan (may be repeated)."))
    var statuses: [String] = []

    @Option(name: .customLong("cari"), help: Help.argument(
        id: "Cari menurut kata judul kasus, nama, atau NIK/nomor telepon lengkap.",
        en: "Search by words of the case title, a name, or a whole NIK/phone number."))
    var search: String?

    func validate() throws {
        for status in statuses where Self.status(status) == nil {
            throw ValidationError(Catalog.CLI.invalidStatus(status).text(global.language))
        }
    }

    /// Bahasa or English status words.
    static func status(_ text: String) -> CaseState.Status? {
        let lower = text.lowercased()
        return CaseState.Status(rawValue: lower)
            ?? CaseState.Status.allCases.first { Catalog.Run.english($0.rawValue) == lower }
    }

    func run() throws {
        let language = global.language
        let store = try desk.openStore(language: language, readOnly: true)
        let cases: [CaseSummary]
        do {
            var filter = CaseFilter(nomor: nomor.map { Lookup.nomor($0, folder: global.folder, store: store) },
                                    statuses: statuses.compactMap(Self.status), search: search)
            // One case whose rows were edited is marked; the others are still listed (exit 1).
            filter.markBroken = true
            cases = try store.cases(filter)
        } catch {
            throw CommandFailure(error, language: language)
        }
        guard !cases.isEmpty else {
            let filtered = search != nil || nomor != nil || !statuses.isEmpty
            Console.write((filtered ? Catalog.Listing.noMatchingCases : Catalog.Listing.noCases).text(language) + "\n")
            return
        }
        let calendar = try global.workCalendar(), now = desk.clock.now()
        var view = CasesView(cases: PausedDeadlines(store: store, calendar: calendar, now: now).cases(cases), now: now,
                             time: desk.time(language, calendar), colour: global.stdout.colour)
        view.width = global.stdout.wrapWidth
        view.outcomes = CaseOutcomes.of(cases, in: store)
        Console.write(view.render())
        let broken = cases.flatMap(\.broken)
        if !broken.isEmpty { throw CommandFailure(Catalog.Listing.listingMarked(broken), language: language, exitCode: 1) }
    }
}
