import Foundation
import SOPCore

/// Prints the HTML document to PDF through a headless Chromium found on PATH.
public enum ChromiumPrinter {
    /// The browsers tried, in order.
    public static let browsers = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    public enum Failure: Error, Sendable {
        case notInstalled
        case failed(browser: String, status: Int32, detail: String)
        case cannotWrite(path: String, reason: String)

        public var message: Localized {
            switch self {
            case .notInstalled: Catalog.Render.chromiumMissing
            case .failed(let browser, let status, let detail): Catalog.Render.chromiumFailed(browser, status: status, detail: detail)
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            "--print-to-pdf=\(output.path)", input.absoluteString,
        ]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let name = (browser as NSString).lastPathComponent
        do {
            try process.run()
        } catch {
            throw .failed(browser: name, status: -1, detail: error.localizedDescription)
        }
        let detail = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let pdf = try? Data(contentsOf: output), pdf.starts(with: Data("%PDF".utf8)) else {
            let lastLine = detail.split(separator: "\n").last.map(String.init) ?? ""
            throw .failed(browser: name, status: process.terminationStatus, detail: lastLine)
        }
        return pdf
    }
}
