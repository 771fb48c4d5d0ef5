import SOPCore

/// A target written as a printed row number where that row has several boxes with ids of their
/// own (`Lengkap: 5`, row 5 being the boxes `ketik` and `cocok`: the printed arrow points at
/// the row): it names the row, as a plain arrow into the row would enter it — all its boxes for
/// a row done together (`paralel`) or offered (`pilihan`), its first box for `berurutan` or
/// `terpisah`. The loader writes the boxes in, so every layer (lint, run, render, report) sees
/// the same targets. A number printed on two rows of one table stays unresolved
/// (`flow-unknown-target` lists the rows' boxes).
extension Array where Element == Step {
    /// The rows of several boxes a printed number names (table 2's row 5 is `t2-5`), by that name.
    public var rowsByNumber: [String: [Range<Int>]] {
        var rows: [String: [Range<Int>]] = [:]
        for range in rowRanges where range.count > 1 {
            guard let number = self[range.lowerBound].number else { continue }
            let table = self[range.lowerBound].drawn.table
            rows[table == 0 ? number : "t\(table + 1)-\(number)", default: []].append(range)
        }
        return rows
    }
}

extension Array where Element == Step {
    /// Every numbered row by its `RowNumber.tableKey`, for a target naming a row by its printed
    /// number written another way.
    var rowsByNumberKey: [String: [Range<Int>]] {
        var rows: [String: [Range<Int>]] = [:]
        for range in rowRanges {
            guard let number = self[range.lowerBound].number else { continue }
            let table = self[range.lowerBound].drawn.table
            rows[RowNumber.tableKey(table == 0 ? number : "t\(table + 1)-\(number)"), default: []].append(range)
        }
        return rows
    }
}

extension Constructor {
    func rowTargets(_ steps: inout [Step]) {
        expandRowTargets(&steps)
        rowReferences(&steps)
        // An exit without a label knows the printed row it leads to (the desk names it by it);
        // such exits are few, so each is looked up as it comes.
        for index in steps.indices {
            guard case .decision(var decision) = steps[index].flow, decision.branches.contains(where: \.isUnlabelled) else { continue }
            for branch in decision.branches.indices where decision.branches[branch].isUnlabelled {
                guard case .step(let id) = decision.branches[branch].target.value,
                    let target = steps.firstIndex(where: { $0.id.value == id }),
                    steps[target].drawn.table == steps[index].drawn.table
                else { continue }
                decision.branches[branch].targetRow = steps[target].number
            }
            steps[index].flow = .decision(decision)
        }
    }

    /// `gabung_sampai`, `kelengkapan_gabung_sampai`, `output_gabung_sampai` and `dihitung_sejak` naming a row by its
    /// printed number written another way (`3.a` for the row numbered `3a`): its first box.
    private func rowReferences(_ steps: inout [Step]) {
        guard steps.contains(where: { [$0.mutuBaku.countedFrom, $0.mutuBaku.mergedThrough, $0.mutuBaku.kelengkapanMergedThrough,
                                          $0.mutuBaku.outputMergedThrough].contains { $0 != nil } })
        else { return }
        let ids = Set(steps.map(\.id.value))
        let printed = steps.rowsByNumberKey
        func resolved(_ reference: Located<String>?) -> Located<String>? {
            guard let reference, !ids.contains(reference.value), let rows = printed[RowNumber.tableKey(reference.value)], rows.count == 1
            else { return reference }
            return Located(steps[rows[0].lowerBound].id.value, at: reference.mark, length: reference.length)
        }
        for index in steps.indices {
            steps[index].mutuBaku.countedFrom = resolved(steps[index].mutuBaku.countedFrom)
            steps[index].mutuBaku.mergedThrough = resolved(steps[index].mutuBaku.mergedThrough)
            steps[index].mutuBaku.kelengkapanMergedThrough = resolved(steps[index].mutuBaku.kelengkapanMergedThrough)
            steps[index].mutuBaku.outputMergedThrough = resolved(steps[index].mutuBaku.outputMergedThrough)
        }
    }

    private func expandRowTargets(_ steps: inout [Step]) {
        let rows = steps.rowsByNumber
        let printed = steps.rowsByNumberKey
        let ids = Set(steps.map(\.id.value))
        guard !rows.isEmpty || !printed.isEmpty else { return }
        let kinds = steps  // the row kinds as written, before any target is rewritten
        /// The boxes a row number names (as printed, or written another way: `3a` for a row
        /// printed `3.a`); nil when it is an id, or names no single row.
        func boxes(_ target: Located<Target>) -> [Located<Target>]? {
            guard case .step(let name) = target.value, !ids.contains(name),
                let named = rows[name] ?? printed[RowNumber.tableKey(name)], named.count == 1
            else { return nil }
            let row = named[0]
            let kind = kinds.rowKind(of: row)
            let entered = kind == .berurutan || kind == .terpisah ? row.prefix(1) : row[...]
            return entered.map { Located(.step(kinds[$0].id.value), at: target.mark, length: target.length) }
        }
        for index in steps.indices {
            switch steps[index].flow {
            case .next(let target?):
                if let boxes = boxes(target) { steps[index].flow = .next(boxes[0]) }
            case .parallel(let targets):
                guard targets.contains(where: { boxes($0) != nil }) else { continue }
                steps[index].flow = .parallel(targets.flatMap { boxes($0) ?? [$0] })
            case .decision(var decision):
                guard decision.branches.contains(where: { $0.targets.contains { boxes($0) != nil } }) else { continue }
                var changed = false
                for branch in decision.branches.indices {
                    let written = decision.branches[branch].targets
                    let expanded = written.flatMap { boxes($0) ?? [$0] }
                    guard expanded.count != written.count || zip(expanded, written).contains(where: { $0.value != $1.value })
                    else { continue }
                    decision.branches[branch].target = expanded[0]
                    decision.branches[branch].alsoTargets = Array(expanded.dropFirst())
                    changed = true
                }
                if changed { steps[index].flow = .decision(decision) }
            case .next(nil):
                break
            }
        }
    }
}

extension Constructor {
    /// A target refused as an id ("ke 3"): the step or row it most likely means, else what a
    /// target may name.
    func noteRefusedTargets(_ steps: [Step]) {
        guard !context.refusedTargets.isEmpty else { return }
        let ids = Set(steps.map(\.id.value))
        let rows = steps.rowsByNumber
        for (diagnostic, text) in context.refusedTargets {
            var name = text.lowercased().trimmingWhitespace()
            for prefix in ["kegiatan ", "baris ", "ke ", "no. ", "no "] where name.hasPrefix(prefix) {
                name = String(name.dropFirst(prefix.count)).trimmingWhitespace()
            }
            let note = ids.contains(name) || rows[name]?.count == 1
                ? Catalog.didYouMean(name) : Catalog.Lint.stepIDs(steps.targetNames)
            context.addNote(.init(note), toDiagnostic: diagnostic)
        }
    }
}

extension Array where Element == Step {
    /// What a target may name, in table order: each step's id, a row of several boxes first by
    /// its printed number (`5 (baris: ketik, cocok)`) where that number names it alone.
    public var targetNames: [String] {
        let rows = rowsByNumber
        let ids = Set(map(\.id.value))
        var names: [String] = []
        for range in rowRanges {
            if range.count > 1, let number = self[range.lowerBound].number {
                let table = self[range.lowerBound].drawn.table
                let key = table == 0 ? number : "t\(table + 1)-\(number)"
                if !ids.contains(key), rows[key]?.count == 1 {
                    names.append(Catalog.RowTargets.rowName(key, boxes: range.map { self[$0].id.value }).text(.id))
                }
            }
            names += range.map { self[$0].id.value }
        }
        return names
    }
}
