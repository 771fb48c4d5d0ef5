import ArgumentParser
import Foundation
import SOPCore
import SOPModel
import SOPRender

/// `sop render 01`: the official document (HTML by default), or the flowchart as SVG, Mermaid
/// or DOT, the document as Markdown, or a PDF printed by headless Chromium.
struct RenderCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "render",
            abstract: Help.text(
                id: "Membuat dokumen SOP resmi dengan diagram alirnya (HTML, SVG, Mermaid, DOT, Markdown, PDF).",
                en: "Makes the official SOP document with its flowchart (HTML, SVG, Mermaid, DOT, Markdown, PDF)."))
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: Help.argument(id: "Nomor SOP, awalan nama berkas, atau jalur berkas.",
                                  en: "SOP number, file-name prefix, or file path."))
    var sop: String

    @Option(name: .long, help: Help.argument(
        id: "Format: html (bawaan), svg, mermaid, dot, markdown, pdf.",
        en: "Format: html (default), svg, mermaid, dot, markdown, pdf."))
    var format: FormatOption = FormatOption(format: .html)

    @Option(name: [.short, .customLong("output")], help: Help.argument(
        id: "Tulis ke BERKAS ini (bawaan: keluaran standar).", en: "Write to this FILE (default: standard output)."))
    var output: String?

    func run() throws {
        let language = global.language
        let result = try global.resolve(sop)
        // The layout needs a whole SOP: every actor declared, every target there (`sop lint`).
        // Its errors in full, its warnings as one line and no notes, as `sop run` and `sop show`
        // (tester 26, finding 10): notes are for `sop lint`.
        let findings = global.checkAtDesk(result)
        guard let model = result.sop, !findings.hasErrors else {
            throw CommandFailure.sopHasErrors(result.source.path, errors: findings.errorCount, language: language)
        }
        let text = Renderer.render(model, as: format.format, language: language)
        let bytes: Data
        if format.format == .pdf {
            bytes = try OutputFile.pdf(html: text, output: output, global: global)
        } else {
            bytes = Data(text.utf8)
        }
        try OutputFile.write(bytes, to: output, mode: 0o644, language: language)
    }
}

struct FormatOption: ExpressibleByArgument {
    let format: RenderFormat

    init(format: RenderFormat) { self.format = format }

    init?(argument: String) {
        guard let format = RenderFormat(rawValue: argument.lowercased()) else { return nil }
        self.format = format
    }

    static var allValueStrings: [String] { RenderFormat.allCases.map(\.rawValue) }
    var defaultValueDescription: String { format.rawValue }
}
