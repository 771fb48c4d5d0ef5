import Foundation

/// The last bytes of a step form too large to take (413): the fields sent after the file that
/// was too large (the note, the branch) are in them, so the page comes back with those too, not
/// only with what came before the file.
struct FormTail {
    /// A note of 10,000 characters is at most 40,000 bytes of UTF-8; the other fields after it are short.
    static let size = 128 * 1024
    private(set) var bytes: [UInt8] = []

    mutating func keep(_ chunk: some Collection<UInt8>) {
        bytes.append(contentsOf: chunk)
        if bytes.count > Self.size * 2 { bytes.removeFirst(bytes.count - Self.size) }
    }

    /// `before` with the text fields of the complete parts in the tail that it does not have
    /// (the fields read before the cut, the CSRF token among them, are never replaced). Files in
    /// the tail are dropped: only what was typed comes back.
    func fields(after before: FormData, contentType: String?) -> FormData {
        let tail = bytes.suffix(Self.size)
        guard let boundary = FormData.parameter("boundary", in: contentType ?? ""),
            let start = Self.find(Array("\r\n--\(boundary)".utf8), in: Array(tail)),
            let later = FormData.multipart(Array(tail.dropFirst(start + 2)), boundary: boundary)
        else { return before }
        var fields = before.fields
        for (name, values) in later.fields where fields[name] == nil { fields[name] = values }
        return FormData(fields: fields, files: before.files)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for index in 0...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
        }
        return nil
    }
}
