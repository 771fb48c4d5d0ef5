import ArgumentParser
import SOPCore
import SOPEngine
import SOPTerminal

/// `sop status CODE`: how far a complaint is, by its tracking code: the service, the current
/// step in plain words, the due date and whether it is late, done or not. No personal data,
/// no internal notes, no operator names.
struct StatusCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "status",
            abstract: Help.text(id: "Perkembangan layanan menurut kode lacak pada tanda terima.",
                                en: "How far a request is, by the tracking code on its receipt."))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var desk: DeskOptions

    @Argument(help: Help.argument(id: "Kode lacak, mis. K7QF-M2XR-9P.", en: "Tracking code, e.g. K7QF-M2XR-9P."))
    var code: String

    func run() throws {
        let language = global.language
        guard let normalized = TrackingCode.normalize(code) else {
            let message = TrackingCode.hasNeverUsed(code) ? Catalog.OneTimeCodes.codeConfusableTerminal(code) : Catalog.ServiceDesk.statusBadCode(code)
            throw CommandFailure(message, language: language, exitCode: 2)
        }
        let store = try desk.openStore(language: language)
        let id: CaseID?
        do { id = try store.caseID(tracking: normalized) } catch { throw CommandFailure(error, language: language) }
        guard let id else { throw CommandFailure(Catalog.ServiceDesk.statusUnknownCode(normalized), language: language, exitCode: 1) }
        // The complainant's lookup never shows the case id nor a technical reason (tester 15's
        // finding 6): a record that cannot be shown is said so plainly; the desk runs sop db verify.
        let pinned: PinnedCase
        do { pinned = try PinnedCase.load(id, store: store, global: global) } catch {
            throw CommandFailure(Catalog.PublicStatus.statusUnavailable(normalized), language: language, exitCode: 1)
        }
        let calendar = try global.workCalendar(), now = desk.clock.now()
        let promise = Engine(sop: pinned.sop, calendar: calendar).servicePromise(in: pinned.state, now: now)
        Console.write(StatusView(state: pinned.state, sop: pinned.sop, now: now, promise: promise,
                                 time: desk.time(language, calendar)).render())
    }
}
