import SOPCore

/// The cases chosen from a numbered list (`sop kolektif`): Enter or `semua` for all, numbers
/// and ranges (`1,3,5-7`, spaces allowed), or case ids as listed (any case). Nil for anything
/// else, so that the desk asks again instead of completing cases the operator did not mean.
public enum CollectiveChoice {
    public static func parse(_ text: String, ids: [String]) -> [Int]? {
        let typed = text.trimmingWhitespace().lowercased()
        if typed.isEmpty || typed == "semua" || typed == "all" { return Array(ids.indices) }
        var chosen: [Int] = []
        func add(_ index: Int) { if !chosen.contains(index) { chosen.append(index) } }
        for part in typed.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) where !part.isEmpty {
            if let id = ids.firstIndex(where: { $0.lowercased() == part }) {
                add(id)
                continue
            }
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
            if bounds.count == 2, let low = Int(bounds[0]), let high = Int(bounds[1]), low >= 1, high <= ids.count, low <= high {
                (low...high).forEach { add($0 - 1) }
            } else if bounds.count == 1, let number = Int(part), number >= 1, number <= ids.count {
                add(number - 1)
            } else {
                return nil
            }
        }
        return chosen.isEmpty ? nil : chosen
    }
}
