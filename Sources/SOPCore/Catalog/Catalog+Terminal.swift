import Foundation

/// What the command line itself says: the prefix of every error, ArgumentParser's own usage
/// errors and help headings in Bahasa Indonesia, and a system error's reason without the
/// C library's English words.
extension Catalog {
    public enum Console {
        /// "sop: galat: …" / "sop: error: …".
        public static let errorPrefix = Localized(id: "galat", en: "error")

        public static let notRegularFile = Localized(id: "bukan berkas biasa", en: "not a regular file")
        public static let keyNotHex = Localized(id: "isinya harus 64 digit heksadesimal", en: "expected 64 hex digits")

        /// Why a Foundation file operation failed, from its POSIX code where it has one.
        public static func reason(of error: any Error) -> Localized {
            let nsError = error as NSError
            if nsError.domain == NSPOSIXErrorDomain { return Catalog.Faults.reason(errno: Int32(nsError.code)) }
            if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
                return Catalog.Faults.reason(errno: Int32(underlying.code))
            }
            switch nsError.code {
            case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return Catalog.Faults.reason(errno: ENOENT)
            case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return Catalog.Faults.reason(errno: EACCES)
            default: return Localized(id: "kesalahan sistem \(nsError.code)", en: "system error \(nsError.code)")
            }
        }

        /// ArgumentParser's usage error, said in Bahasa Indonesia where its wording is known;
        /// anything else (our own validation messages) is kept as it is.
        public static func usageError(_ message: String) -> Localized {
            Localized(id: UsageWords.translate(message), en: message)
        }

        /// ArgumentParser's "Usage: …", "See '… --help' …" and "Help: …" lines.
        public static func usageLines(_ text: String) -> Localized {
            Localized(id: UsageWords.translateLines(text), en: text)
        }

        /// The help page (`--help`, `sop help …`) with its headings and built-in texts in Bahasa.
        public static func help(_ text: String) -> Localized {
            Localized(id: UsageWords.translateLines(text), en: text)
        }
    }
}

/// The known wordings of swift-argument-parser (1.x) and their Bahasa Indonesia.
enum UsageWords {
    /// (English prefix, English infix or nil, Bahasa builder).
    static func translate(_ message: String) -> String {
        if let rest = message.dropPrefix("Unknown option ") {
            if let range = rest.range(of: ". Did you mean ") {
                let option = rest[..<range.lowerBound]
                let suggestion = rest[range.upperBound...].dropLast(rest.hasSuffix("?") ? 1 : 0)
                return "opsi \(option) tidak dikenal; maksudnya \(suggestion)?"
            }
            return "opsi \(rest) tidak dikenal"
        }
        if let rest = message.dropPrefix("Missing value for ") { return "opsi \(rest) perlu nilai" }
        if let rest = message.dropPrefix("Missing expected argument ") { return "argumen \(rest) belum diberikan" }
        if let rest = message.dropPrefix("Missing one of: ") { return "salah satu dari ini belum diberikan: \(rest)" }
        if let rest = message.dropPrefix("Unexpected argument ") { return "argumen \(rest) tidak dikenal di sini" }
        if let range = message.range(of: " unexpected arguments: "), Int(message[..<range.lowerBound]) != nil {
            return "\(message[..<range.lowerBound]) argumen tidak dikenal di sini: \(message[range.upperBound...])"
        }
        if let rest = message.dropPrefix("The value "), let range = rest.range(of: " is invalid for ") {
            var detail = String(rest[range.upperBound...])
            if let choices = detail.range(of: ". Please provide one of ") {
                detail = detail[..<choices.lowerBound] + "; pilih salah satu dari "
                    + detail[choices.upperBound...].replacingOccurrences(of: "' and '", with: "' atau '")
                    .replacingOccurrences(of: "' or '", with: "' atau '")
                    .replacingOccurrences(of: "the following:", with: "")
                if detail.hasSuffix(".") { detail.removeLast() }
                detail = detail.replacingOccurrences(of: "dari \n", with: "dari:\n")
            }
            return "nilai \(rest[..<range.lowerBound]) tidak sah untuk \(detail)"
        }
        if let rest = message.dropPrefix("The option "), let range = rest.range(of: " does not take any value, but ") {
            let value = rest[range.upperBound...].replacingOccurrences(of: " was specified.", with: "")
            return "opsi \(rest[..<range.lowerBound]) tidak menerima nilai, tetapi diberi \(value)"
        }
        if message == "Missing required subcommand." { return "subperintah belum diberikan" }
        if let rest = message.dropPrefix("Invalid option: ") { return "opsi tidak sah: \(rest)" }
        return message
    }

    /// Line by line: headings, usage lines and the built-in help texts.
    static func translateLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            translateLine(String(line)).replacingOccurrences(of: "<subcommand>", with: "<subperintah>")
        }.joined(separator: "\n")
    }

    private static func translateLine(_ line: String) -> String {
        switch line {
        case "ARGUMENTS:": return "ARGUMEN:"
        case "OPTIONS:": return "OPSI:"
        case "SUBCOMMANDS:": return "SUBPERINTAH:"
        default: break
        }
        if let rest = line.dropPrefix("OVERVIEW: ") { return "IKHTISAR: " + rest }
        if let rest = line.dropPrefix("USAGE: ") { return "PEMAKAIAN: " + rest }
        if let rest = line.dropPrefix("Usage: ") { return "Pemakaian: " + rest }
        if let rest = line.dropPrefix("Help:  ") { return "Bantuan:  " + rest }
        if let rest = line.dropPrefix("  See '"), let end = rest.range(of: "' for more ") {
            return "  Lihat '\(rest[..<end.lowerBound])' untuk keterangan lengkap."
        }
        if let rest = line.dropPrefix("  See '"), let end = rest.range(of: " <subcommand>' for detailed help.") {
            return "  Lihat '\(rest[..<end.lowerBound]) <subperintah>' untuk bantuan lengkap satu subperintah."
        }
        return line
            .replacingOccurrences(of: "Show help information.", with: "Menampilkan bantuan ini.")
            .replacingOccurrences(of: "Show the version.", with: "Menampilkan versi.")
            .replacingOccurrences(of: "(default: ", with: "(bawaan: ")
            .replacingOccurrences(of: "(values: ", with: "(nilai: ")
            .replacingOccurrences(of: "; default: ", with: "; bawaan: ")
    }
}

extension StringProtocol {
    fileprivate func dropPrefix(_ prefix: String) -> SubSequence? {
        hasPrefix(prefix) ? self[index(startIndex, offsetBy: prefix.count)...] : nil
    }
}
