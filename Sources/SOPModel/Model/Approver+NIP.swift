/// A NIP copied from the print with its label ("NIP. 19780512 200501 1 003", finding 14 of the
/// sixth outside test): accepted, checked on its digits, and printed as the official typed it.
extension Approver {
    /// The length of a leading "NIP", "NIP." or "NIP:" (and the spaces after it), 0 without one.
    public static func nipLabelLength(_ text: String) -> Int {
        // Read on the UTF-8 bytes: the label is ASCII, so its length in bytes is its length in
        // Unicode scalars; `sop lint` asks this of every signer's NIP in several rules.
        var bytes = text.utf8.makeIterator()
        func lower(_ byte: UInt8?) -> UInt8? { byte.map { $0 | 0x20 } }
        guard lower(bytes.next()) == UInt8(ascii: "n"), lower(bytes.next()) == UInt8(ascii: "i"),
              lower(bytes.next()) == UInt8(ascii: "p"), var next = bytes.next()
        else { return 0 }
        var end = 3
        if next == UInt8(ascii: ".") || next == UInt8(ascii: ":") {
            end += 1
            guard let after = bytes.next() else { return 0 }
            next = after
        } else if next != UInt8(ascii: " ") {
            return 0
        }
        while next == UInt8(ascii: " ") {
            end += 1
            guard let after = bytes.next() else { break }
            next = after
        }
        return end
    }

    /// The NIP line of the signer's cell: "NIP. " and the number, or the text as written when it
    /// carries its own label.
    public var printedNIP: String? {
        guard let nip else { return nil }
        return Self.nipLabelLength(nip.value) > 0 ? nip.value : "NIP. \(nip.value)"
    }
}
