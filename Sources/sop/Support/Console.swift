import ArgumentParser
import Foundation
import SOPCore
import SOPModel
import SOPTerminal

/// Writing to the standard streams; every line a user reads goes through here.
enum Console {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// "sop: galat: …" on stderr ("sop: error: …" with --lang en), wrapped to a terminal's width.
    static func error(_ message: String) {
        let width = Terminal.standardError(environment: ProcessInfo.processInfo.environment).wrapWidth
        writeError(ScreenFit.fit("sop: \(Catalog.Console.errorPrefix.text(Help.language)): \(message)", width: width) + "\n")
    }

    static func exit(_ code: Int32) -> Never {
        Foundation.exit(code)
    }
}

/// A failure a command reports itself: a message for the user and the exit code it means.
struct CommandFailure: Error {
    let message: String
    let exitCode: Int32

    init(_ message: Localized, language: Language, exitCode: Int32) {
        self.message = message.text(language)
        self.exitCode = exitCode
    }

    /// The store's schema is not this binary's (a migration pending, or a newer sop's): exit 3,
    /// nothing changed in it (README, exit codes).
    static let schemaMismatch: Int32 = 3

    /// The SOP has errors (exit 1).
    static func sopHasErrors(_ path: String, errors: Int, language: Language) -> CommandFailure {
        CommandFailure(Catalog.CLI.sopHasErrors(path, errors: errors), language: language, exitCode: 1)
    }

    /// A folder or reference that cannot be used (exit 2).
    init(_ failure: SOPFolder.Failure, language: Language) {
        let message: Localized =
            switch failure {
            case .missingFolder(let path): Catalog.CLI.missingFolder(path)
            case .unreadableFolder(let path, let reason): Catalog.CLI.unreadableFolder(path, reason: reason)
            case .notFound(let reference, let folder, let known): Catalog.CLI.notFound(reference, folder: folder, known: known)
            case .ambiguous(let reference, let files): Catalog.CLI.ambiguous(reference, files: files)
            }
        self.init(message, language: language, exitCode: 2)
    }
}

/// Help texts in the user's language: ArgumentParser reads them before options are parsed,
/// so the language comes from the raw arguments and the environment.
enum Help {
    /// Read once: help texts are built many times while arguments are parsed.
    static let language: Language =
        Language.detect(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)

    static func text(id: String, en: String) -> String {
        language == .en ? en : id
    }

    static func argument(id: String, en: String) -> ArgumentHelp {
        ArgumentHelp(stringLiteral: text(id: id, en: en))
    }
}

/// SOP_FIXED_TIME (ISO 8601) stands the clock still: for demos, and for golden tests that
/// must read the same in any year.
enum FixedTime {
    static func date(_ environment: [String: String]) -> Date? {
        environment["SOP_FIXED_TIME"].flatMap { ISO8601DateFormatter().date(from: $0) }
    }

    /// The clock of a command about to write (events, PIN attempts, a seal): a release build
    /// refuses to write with it stood still, since the times written are evidence (tester 32,
    /// F3); reading commands (`sop report`, `sop tasks`, `sop lint`) may still take it, for the
    /// benchmarks and demos. A debug build (what `swift test` runs) writes with it.
    static func checkWriting(_ environment: [String: String], language: Language) throws(CommandFailure) {
        #if !DEBUG
        if date(environment) != nil { throw CommandFailure(Catalog.TrialTimes.fixedTimeRefused, language: language, exitCode: 2) }
        #endif
    }
}
