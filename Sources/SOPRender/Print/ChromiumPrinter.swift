import Foundation
import SOPCore

/// Prints the HTML document to PDF through a headless Chromium found on PATH.
public enum ChromiumPrinter {
    /// The browsers tried, in order.
    public static let browsers = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    public enum Failure: Error, Sendable {
        case notInstalled
        case failed(browser: String, status: Int32, detail: String)
        case tooSlow(browser: String, seconds: Int)
        case cannotWrite(path: String, reason: String)

        public var message: Localized {
            switch self {
            case .notInstalled: Catalog.Render.chromiumMissing
            case .failed(let browser, let status, let detail): Catalog.Render.chromiumFailed(browser, status: status, detail: detail)
            case .tooSlow(let browser, let seconds): Catalog.Render.chromiumTooSlow(browser, seconds: seconds)
            case .cannotWrite(let path, let reason): Catalog.Render.cannotWrite(path, reason: reason)
            }
        }
    }

    /// The first browser on PATH, as a full path.
    public static func locate(environment: [String: String]) -> String? {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for browser in browsers {
            for folder in folders {
                let path = "\(folder)/\(browser)"
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    /// How long the browser may take to print before it is stopped.
    static let printDeadline: TimeInterval = 120

    /// Writes `html` to a temporary file, has the browser print it, and returns the PDF.
    public static func print(html: String, environment: [String: String]) throws(Failure) -> Data {
        guard let browser = locate(environment: environment) else { throw .notInstalled }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-render-\(UUID().uuidString)")
        let input = folder.appendingPathComponent("sop.html"), output = folder.appendingPathComponent("sop.pdf")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: input)
        } catch {
            throw .cannotWrite(path: input.path, reason: error.localizedDescription)
        }
        let name = (browser as NSString).lastPathComponent
        let arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            "--print-to-pdf=\(output.path)", input.absoluteString,
        ]
        let outcome: ChildProcess.Outcome
        do {
            outcome = try ChildProcess.run(browser, arguments: arguments, environment: ProcessInfo.processInfo.environment,
                                           deadline: printDeadline)
        } catch {
            throw .failed(browser: name, status: -1, detail: error.reason)
        }
        if outcome.timedOut { throw .tooSlow(browser: name, seconds: Int(printDeadline)) }
        let detail = String(decoding: outcome.stderr, as: UTF8.self)
        guard outcome.status == 0, let pdf = try? Data(contentsOf: output), pdf.starts(with: Data("%PDF".utf8)) else {
            let lastLine = detail.split(separator: "\n").last.map(String.init) ?? ""
            throw .failed(browser: name, status: outcome.status, detail: lastLine)
        }
        return pdf
    }
}
