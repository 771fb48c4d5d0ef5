import SOPCore

/// An item of a printed cell as the unit wrote it (issue 10): with its own marker ("- Notulensi",
/// "a. data calon penerima Hibah;", "1. Kontrak …") it is printed as written, without a bullet
/// added; the desk's one-line summaries leave a dash marker out.
public enum PrintedItem {
    /// Whether the text starts with its own list marker: a dash or bullet, or "a." "1." "b)" "2)".
    public static func hasOwnMarker(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if "-–—•".contains(first) { return text.dropFirst().first.map { $0 == " " } ?? false }
        let head = text.prefix(while: { $0.isLetter || $0.isNumber })
        guard !head.isEmpty, head.count <= 3, head.allSatisfy({ $0.isNumber }) || head.count == 1 else { return false }
        let rest = text.dropFirst(head.count)
        return rest.first == "." || rest.first == ")"
    }

    /// The number each item of a numbered identity list (dasar hukum, peringatan, …) is printed
    /// with: nil for an item typed with its own printed marker ("1. Undang-Undang …", "a. …",
    /// "- Jika prosedur …"), which is printed as typed and not numbered again; the others
    /// count 1, 2, 3 among themselves (tester 10, F2).
    public static func numbers(_ items: [String]) -> [Int?] {
        var next = 0
        return items.map { item in
            if hasOwnMarker(item) { return nil }
            next += 1
            return next
        }
    }

    /// The item as it is used inside a sentence or a comma list ("a. Formulir permohonan; ada?",
    /// "a. Formulir permohonan, b. NPWP"): without the closing ";" or "," the printed cell ends it
    /// with (the signed cell keeps it; desk5, an outside tester's finding 8).
    public static func inSentence(_ text: String) -> String {
        asciiInSentence(text) ?? charactersInSentence(text)
    }

    /// `inSentence` on the text's characters (any text).
    static func charactersInSentence(_ text: String) -> String {
        // Words printed in italics ("*Copy* KTP") read as plain text on a screen.
        var text = Substring(Emphasis.plain(text))
        while let last = text.last, last == "," || last == ";" || last == " " { text = text.dropLast() }
        // The full stop closing a printed list ("c. Fotokopi Kartu Keluarga.") too, unless it ends
        // an abbreviation ("dll.", "S.H.": a word of three letters at most, or with a dot inside).
        if text.last == ".", let word = text.dropLast().split(separator: " ").last, word.count > 3, !word.contains(".") {
            text = text.dropLast()
        }
        return text.isEmpty ? "" : String(text)
    }

    /// `inSentence` on the bytes of an ASCII text without "*" or CR (each character one byte),
    /// the same result without walking characters (every step header's facts so far); nil for
    /// any other text.
    static func asciiInSentence(_ text: String) -> String? {
        let bytes = text.utf8
        guard !bytes.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "*") || $0 == 0x0D }) else { return nil }
        return bytes.withContiguousStorageIfAvailable { buffer -> String in
            var end = buffer.count
            while end > 0, buffer[end - 1] == UInt8(ascii: ",") || buffer[end - 1] == UInt8(ascii: ";") || buffer[end - 1] == UInt8(ascii: " ") {
                end -= 1
            }
            if end > 0, buffer[end - 1] == UInt8(ascii: ".") {
                // The last word before the dot: `split(separator: " ").last`.
                var wordEnd = end - 1
                while wordEnd > 0, buffer[wordEnd - 1] == UInt8(ascii: " ") { wordEnd -= 1 }
                var wordStart = wordEnd
                while wordStart > 0, buffer[wordStart - 1] != UInt8(ascii: " ") { wordStart -= 1 }
                let word = buffer[wordStart..<wordEnd]
                if word.count > 3, !word.contains(UInt8(ascii: ".")) { end -= 1 }
            }
            return end == buffer.count ? text : String(decoding: UnsafeBufferPointer(rebasing: buffer[..<end]), as: UTF8.self)
        }
    }

    /// The item without a leading dash or bullet marker ("- Notulensi" → "Notulensi").
    public static func withoutDash(_ text: String) -> String {
        // The markers start with "-" or, in UTF-8, 0xE2 ("–", "—", "•"): any other first byte is
        // no marker (every answer's output names are compared through this).
        guard let lead = text.utf8.first, lead == UInt8(ascii: "-") || lead == 0xE2 else { return text }
        guard let first = text.first, "-–—•".contains(first), text.dropFirst().first == " " else { return text }
        return String(text.dropFirst(2))
    }
}
