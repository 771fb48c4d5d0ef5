/// How a name written in an answers file finds a printed item (issue 10, finding 10 of the sixth
/// outside test): with or without its list letter and its closing mark, in any case and spacing,
/// as the desk matches outputs.
extension PrintedItem {
    /// The item as compared: no list marker ("a.", "1)", "-"), no closing ";" "," "." or ":",
    /// lower case, single spaces. "a. Surat pengantar RT/RW;" and "Surat pengantar RT/RW" are one.
    public static func key(_ text: String) -> String {
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        if let first = words.first, words.count > 1, hasOwnMarker(first + " x") { words.removeFirst() }
        var joined = Substring(words.joined(separator: " ").lowercased())
        while let last = joined.last, ";,.:".contains(last) { joined = joined.dropLast() }
        return String(joined)
    }

    /// The one name among `known` that `name` stands for: written exactly, in another case, or
    /// by its key; nil when none or several match.
    public static func match(_ name: String, among known: [String]) -> String? {
        if known.contains(name) { return name }
        let lower = known.filter { $0.lowercased() == name.lowercased() }
        if lower.count == 1 { return lower[0] }
        let key = key(name)
        let keyed = known.filter { self.key($0) == key }
        return keyed.count == 1 ? keyed[0] : nil
    }
}
