import Foundation
import SOPCore
import SOPRender

/// Where a document goes: a file (`-o`), else stdout; a PDF is printed through Chromium and
/// never sent to a terminal.
enum OutputFile {
    static func pdf(html: String, output: String?, global: GlobalOptions) throws(CommandFailure) -> Data {
        let language = global.language
        if output == nil, global.stdout.isTTY {
            throw CommandFailure(Catalog.Render.pdfToTerminal, language: language, exitCode: 2)
        }
        do {
            return try ChromiumPrinter.print(html: html, environment: global.environment)
        } catch {
            throw CommandFailure(error.message, language: language, exitCode: 2)
        }
    }

    static func write(_ bytes: Data, to output: String?, language: Language) throws(CommandFailure) {
        guard let output else {
            FileHandle.standardOutput.write(bytes)
            return
        }
        do {
            try bytes.write(to: URL(fileURLWithPath: output))
        } catch {
            throw CommandFailure(Catalog.Render.cannotWrite(output, reason: error.localizedDescription), language: language, exitCode: 2)
        }
    }
}
