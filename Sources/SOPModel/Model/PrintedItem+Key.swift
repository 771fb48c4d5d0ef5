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

    /// `match`, else the one item whose words hold the name's words in a row ("SPTJM" for "f. SPTJM
    /// (apabila tidak memiliki bukti)."): a correction names an item as the officer remembers it
    /// (tester 16, finding 3). Nil when none or several hold them.
    public static func matchPart(_ name: String, among known: [String]) -> String? {
        if let whole = match(name, among: known) { return whole }
        let words = key(name).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return nil }
        let holding = known.filter { holdsRun(words, in: key($0).split(separator: " ").map(String.init)) }
        return holding.count == 1 ? holding[0] : nil
    }

    /// Whether `all` holds `words` one after the other ("tidak sesuai" in "data tidak sesuai").
    public static func holdsRun(_ words: [String], in all: [String]) -> Bool {
        guard !words.isEmpty, all.count >= words.count else { return false }
        return (0...(all.count - words.count)).contains { Array(all[$0..<($0 + words.count)]) == words }
    }
}
