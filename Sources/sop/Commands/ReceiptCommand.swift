import ArgumentParser
import Foundation
import SOPCore
import SOPEngine
import SOPRender
import SOPTerminal

/// `sop receipt CASE`: the receipt the complainant takes home, for a receipt printer (58 or
/// 80 mm, plain text) or for paper (A4/A5, HTML or PDF). From the case's first step on: before
/// the step the SOP names it receipts what was received so far, with the tracking code.
struct ReceiptCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "receipt",
            abstract: Help.text(id: "Tanda terima (Form Penerimaan Layanan) untuk pelapor, dengan kode lacak.",
                                en: "The complainant's receipt (Form Penerimaan Layanan), with a tracking code."))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var desk: DeskOptions

    @Argument(help: Help.argument(id: "Id kasus, mis. 01-2026-000001.", en: "Case id, e.g. 01-2026-000001."))
    var caseID: String

    @Option(name: .customLong("kertas"), help: Help.argument(
        id: "Kertas: 80 (bawaan) atau 58 mm untuk printer struk (teks), a4 atau a5 (HTML/PDF).",
        en: "Paper: 80 (default) or 58 mm for a receipt printer (text), a4 or a5 (HTML/PDF)."))
    var paper: String = "80"

    @Option(name: .customLong("format"), help: Help.argument(
        id: "text (bawaan untuk 58/80), html (bawaan untuk a4/a5) atau pdf.", en: "text (default for 58/80), html (default for a4/a5) or pdf."))
    var format: String?

    @Option(name: [.customShort("o"), .customLong("output")], help: Help.argument(id: "Tulis ke berkas ini.", en: "Write to this file."))
    var output: String?

    @Option(name: .customLong("public-url"), help: Help.argument(
        id: "Alamat publik meja layanan (mis. https://layanan.example.go.id): tanda terima menyebut <alamat>/status (bawaan: SOP_PUBLIC_URL; tanpa keduanya: tanyakan di meja layanan).",
        en: "The service desk's public address (e.g. https://layanan.example.go.id): the receipt names <address>/status (default: SOP_PUBLIC_URL; without either: ask at the desk)."))
    var publicURL: String?

    func validate() throws {
        let language = global.language
        guard let paper = ReceiptPaper(rawValue: paper.lowercased().replacingOccurrences(of: "mm", with: "")) else {
            throw ValidationError(Catalog.ServiceDesk.receiptBadPaper(self.paper).text(language))
        }
        if let format {
            guard ["text", "html", "pdf"].contains(format) else {
                throw ValidationError(Catalog.ServiceDesk.receiptBadFormat(format).text(language))
            }
            if (format == "text") != (paper.columns != nil) {
                throw ValidationError(Catalog.ServiceDesk.receiptPaperFormat(format, paper: self.paper).text(language))
            }
        }
    }

    func run() throws {
        let language = global.language
        let statusURL: String?
        switch PublicAddress.resolve(flag: publicURL) {
        case .success(let url): statusURL = url
        case .failure(let refusal): throw CommandFailure(refusal.message, language: language, exitCode: 2)
        }
        let store = try desk.openStore(language: language)
        let id = CaseID(caseID)
        let pinned = try PinnedCase.load(id, store: store, global: global)
        let tracking: String?
        do { tracking = try store.summary(of: id)?.projection.lookup.tracking } catch { throw CommandFailure(error, language: language) }
        let calendar = try global.workCalendar()
        let receipt: Receipt
        switch Receipt.make(state: pinned.state, sop: pinned.sop, tracking: tracking, calendar: calendar, now: desk.clock.now()) {
        case .success(let made):
            // Officers by their full names and NIP where the roster has them (sop roster nama).
            do { receipt = made.naming(try (store as? OperatorProfileStore)?.operatorProfiles() ?? []) } catch {
                throw CommandFailure(error, language: language)
            }
        case .failure(.noTracking):
            throw CommandFailure(Catalog.ServiceDesk.receiptNoTracking, language: language, exitCode: 1)
        }
        let paper = ReceiptPaper(rawValue: paper.lowercased().replacingOccurrences(of: "mm", with: "")) ?? .mm80
        let time = desk.time(language, calendar)
        let bytes: Data
        switch (paper.columns, format ?? (paper.columns == nil ? "html" : "text")) {
        case (let columns?, _):
            bytes = Data(receipt.text(columns: columns, time: time, statusURL: statusURL).utf8)
        case (nil, "pdf"):
            bytes = try OutputFile.pdf(html: receipt.html(paper: paper, time: time, statusURL: statusURL), output: output, global: global)
        default:
            bytes = Data(receipt.html(paper: paper, time: time, statusURL: statusURL).utf8)
        }
        try OutputFile.write(bytes, to: output, mode: 0o600, language: language)
    }
}
