extension TrackingCode {
    /// Characters a code never holds because they are read as others (0/O, 1/I/L, U/V).
    public static let neverUsed: Set<Character> = ["0", "O", "1", "I", "L", "U"]

    /// Whether a code that `normalize` refused has the right length but one of the characters
    /// codes never use: the complainant is told so, instead of the code's shape they did type.
    public static func hasNeverUsed(_ text: String) -> Bool {
        let letters = text.uppercased().filter { !$0.isWhitespace && $0 != "-" }
        return letters.count == 10 && letters.contains(where: neverUsed.contains)
            && letters.allSatisfy { alphabet.contains($0) || neverUsed.contains($0) }
    }
}
