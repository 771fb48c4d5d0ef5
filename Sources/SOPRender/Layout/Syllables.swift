/// Words of a branch label broken between two syllables, for a label with no free place
/// beside its line even when small ("Lengkap" in a column of 69 px): "Leng-" / "kap".
///
/// Indonesian syllables: a break falls before the consonant that starts the next syllable
/// (V-CV: "ka-pal"), between two consonants (VC-CV: "leng-kap", "ber-kas"), the digraphs
/// ng, ny, kh and sy counting as one consonant; never leaving fewer than two letters on a line.
enum Syllables {
    /// The label's lines with each word broken at one place in turn, widest line first smallest.
    static func wrappings(_ text: String, width: (String) -> Double) -> [[String]] {
        let words = text.split(separator: " ").map(String.init)
        var out: [[String]] = []
        for (index, word) in words.enumerated() {
            for cut in breaks(word) {
                let head = Array(words[..<index]) + [String(word.prefix(cut)) + "-"]
                let tail = [String(word.dropFirst(cut))] + Array(words[(index + 1)...])
                out.append([head.joined(separator: " "), tail.joined(separator: " ")])
            }
        }
        return out.sorted { ($0.map(width).max() ?? 0) < ($1.map(width).max() ?? 0) }
    }

    /// Where a word may break (counts of characters before the break).
    static func breaks(_ word: String) -> [Int] {
        let letters = Array(word.lowercased())
        guard letters.count >= 4, letters.allSatisfy(\.isLetter) else { return [] }
        func vowel(_ index: Int) -> Bool { "aeiou".contains(letters[index]) }
        var cuts: [Int] = []
        var index = 1
        while index < letters.count - 1 {
            // A run of consonants after a vowel, followed by a vowel.
            guard vowel(index - 1), !vowel(index) else { index += 1; continue }
            var end = index
            while end < letters.count, !vowel(end) { end += 1 }
            guard end < letters.count else { break }
            let run = String(letters[index..<end])
            // One consonant (or one digraph) goes with the next syllable; of more, the last.
            let digraph = ["ng", "ny", "kh", "sy"].contains { run.hasSuffix($0) } && run.count >= 2
            let cut = run.count == 1 || (digraph && run.count == 2) ? index : end - (digraph ? 2 : 1)
            if cut >= 2, letters.count - cut >= 2 { cuts.append(cut) }
            index = end
        }
        return cuts
    }
}
