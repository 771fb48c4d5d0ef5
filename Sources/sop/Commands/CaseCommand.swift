import ArgumentParser
import SOPCore
import SOPEngine
import SOPModel
import SOPStore
import SOPTerminal

/// `sop case ID`: the timeline of one case.
struct CaseCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "case",
            abstract: Help.text(id: "Riwayat satu kasus: setiap kegiatan, siapa, kapan, jawaban dan waktu.",
                                en: "One case's timeline: each step, who, when, answers and time."))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var desk: DeskOptions

    @Argument(help: Help.argument(id: "Id kasus, mis. 01-2026-000001.", en: "Case id, e.g. 01-2026-000001."))
    var caseID: String

    @Flag(name: .customLong("json"), help: Help.argument(id: "Cetak kejadian sebagai baris JSON.", en: "Print the events as JSON lines."))
    var json = false

    @Flag(name: .customLong("events"), help: Help.argument(
        id: "Cetak setiap kejadian dengan operator dan perannya.", en: "Print every event with its operator and role."))
    var eventLog = false

    @Flag(name: .customLong("akses"), help: Help.argument(
        id: "Cetak siapa pernah membuka data pribadi kasus ini (--show-personal), kapan dan dengan perintah apa.",
        en: "Print who unmasked this case's personal data (--show-personal), when and with which command."))
    var accessLog = false

    @Option(name: .customLong("lampiran"), help: Help.argument(
        id: "Simpan setiap lampiran kasus (berkas output) ke folder ini, masing-masing diperiksa dengan SHA-256 yang dicatat.",
        en: "Save each attachment of the case (output files) into this folder, each checked against the SHA-256 recorded."))
    var attachmentFolder: String?

    func run() throws {
        let language = global.language
        // Unmasking is recorded in the store: it is opened for writing, and who is at the desk checked.
        let store: CaseStore
        var identity: DeskIdentity?
        if desk.showPersonal {
            let opened = try desk.openDesk(language: language)
            store = opened.store
            identity = opened.identity
        } else {
            store = try desk.openStore(language: language, readOnly: true)
        }
        let id = Lookup.caseID(caseID, store: store)
        if accessLog {
            let time = desk.time(language, try global.workCalendar())
            try CaseAccessView.print(id, store: store, time: time, language: language)
            return
        }
        let events: [CaseEvent]
        var sop: SOP?
        var missing: String?
        var roster: [RosterEntry]?
        do throws(StoreError) {
            events = try store.events(of: id)
            roster = try (store as? RosterStore)?.rosterHistory()
            if let hash = CaseState(id: id, events: events).started?.revision {
                if let revision = try store.pinnedRevision(hash, of: id) {
                    sop = SOPLoader.load(bytes: revision.content, path: revision.path).sop
                } else {
                    missing = hash
                }
            }
        } catch {
            throw CommandFailure(error, language: language)
        }
        // Without its pinned revision the timeline would drop every answer it cannot name: refused.
        if let missing { throw CommandFailure(Catalog.CLI.revisionMissing(missing), language: language, exitCode: 1) }
        if let attachmentFolder {
            try AttachmentExport.export(id, events: events, store: store, to: attachmentFolder, language: language)
            return
        }
        // Events written around the store's checks, as sop db verify finds them: by an operator
        // who did not hold the role then, or in a role other than their step's. Marked.
        let marks = sop.map { RoleMarks(events, engine: Engine(sop: $0), roster: roster) } ?? RoleMarks()
        if let identity {
            let nomor = CaseState(id: id, events: events).started?.nomor ?? ""
            let command = "sop case" + (json ? " --json" : "") + (eventLog ? " --events" : "") + " --show-personal"
            try PersonalUnmask.allow(case: id, sop: nomor, command: command, identity: identity, store: store, clock: desk.clock,
                                     language: language)
        }
        if json {
            for event in events {
                Console.write(EventJSON.line(event, caseID: id.rawValue, sop: sop, showPersonal: desk.showPersonal,
                                             notHeld: marks.unheld.contains(event.sequence), stepRole: marks.otherRole[event.sequence]) + "\n")
            }
            return
        }
        if eventLog {
            Console.write(EventLogView(events: events, sop: sop, time: desk.time(language, try global.workCalendar()),
                                       width: global.stdout.wrapWidth, colour: global.stdout.colour, marks: marks).render())
            return
        }
        // The view masks the events' free text itself (`CaseEvent.Kind.freeTextMasked`), as the web shows it.
        let calendar = try global.workCalendar()
        var timeline = CaseTimelineView(id: id, events: events, sop: sop, time: desk.time(language, calendar),
                                        showPersonal: desk.showPersonal, now: desk.clock.now(), marks: marks)
        // Printed only beside a service standard (`kasus: batas_layanan`): the receipt's promise.
        if let sop { timeline.promise(Engine(sop: sop, calendar: calendar)) }
        Console.write(ScreenFit.fit(timeline.render(), width: global.stdout.wrapWidth))
    }
}
