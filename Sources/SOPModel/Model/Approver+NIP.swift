/// A NIP copied from the print with its label ("NIP. 19780512 200501 1 003", finding 14 of the
/// sixth outside test): accepted, checked on its digits, and printed as the official typed it.
extension Approver {
    /// The length of a leading "NIP", "NIP." or "NIP:" (and the spaces after it), 0 without one.
    public static func nipLabelLength(_ text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 3, String(String.UnicodeScalarView(scalars[0..<3])).uppercased() == "NIP" else { return 0 }
        var end = 3
        if end < scalars.count, scalars[end] == "." || scalars[end] == ":" { end += 1 }
        guard end < scalars.count, scalars[end] == " " || end > 3 else { return 0 }
        while end < scalars.count, scalars[end] == " " { end += 1 }
        return end
    }

    /// The NIP line of the signer's cell: "NIP. " and the number, or the text as written when it
    /// carries its own label.
    public var printedNIP: String? {
        guard let nip else { return nil }
        return Self.nipLabelLength(nip.value) > 0 ? nip.value : "NIP. \(nip.value)"
    }
}
