/// "Did you mean": the closest candidate by edit distance, when it is close enough to be a typo.
public enum Suggestion {
    public static func closest<C: Collection>(to word: String, among candidates: C) -> String?
    where C.Element == String {
        let longest = candidates.map(\.unicodeScalars.count).max() ?? 0
        guard word.unicodeScalars.count <= longest + 3 else { return nil }
        let target = Array(word.lowercased().unicodeScalars)
        guard !target.isEmpty else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            // Lengths further apart than the largest typo allowed cannot match: no distance computed.
            let scalars = Array(candidate.lowercased().unicodeScalars)
            if abs(scalars.count - target.count) > 3 { continue }
            let distance = editDistance(target, scalars)
            if distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        guard let best else { return nil }
        // A typo changes a few characters; anything further is another word.
        let allowed = max(1, min(3, (max(target.count, best.candidate.count) + 1) / 3))
        return best.distance <= allowed ? best.candidate : nil
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    public static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
