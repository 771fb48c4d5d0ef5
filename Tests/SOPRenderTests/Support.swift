import SOPCore
import SOPModel
import Testing

@testable import SOPRender

/// The SOPs the renderer is tested on: the Dinas's SOP 01, the two real BPS SOPs (decisions
/// with free labels, an unnumbered row, a parallel row and its join, an external agency) and
/// the long fixture (7 actors, 35 steps over several pages, loops, a three-way decision).
enum Samples {
    static let all = ["sop01", "layanan", "gratifikasi", "panjang"]
    /// The outside testers' SOPs of many actor columns (testers 25 and 26), for the layout and
    /// the labels: PATEN's ahli waris (6 actors, an outside party, its pages as signed) and the
    /// kenaikan pangkat (7 actors, a three-way decision, two loops).
    static let manyActors = ["paten", "kenaikan"]

    static func path(_ name: String) -> String {
        switch name {
        case "sop01": Paths.sop01
        case "paten": Paths.fixture("paten/sop/05-ahli-waris.yaml")
        case "kenaikan": Paths.fixture("kenaikan-pangkat/sop/07-usul-kp-reguler.yaml")
        case "layanan": Paths.fixture("examples/bps-layanan-pengaduan.yaml")
        case "gratifikasi": Paths.fixture("examples/bps-laporan-gratifikasi.yaml")
        default: Paths.fixture("render/izin-usaha-panjang.yaml")
        }
    }

    static func sop(_ name: String) throws -> SOP {
        let result = SOPLoader.load(path: path(name))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
        return try #require(result.sop)
    }

    /// Each sample rendered once for the whole suite (layout is the slow part in debug builds).
    static let html: [String: String] = render(.html)
    static let svg: [String: String] = render(.svg)

    private static func render(_ format: RenderFormat) -> [String: String] {
        var out: [String: String] = [:]
        for name in all + manyActors {
            if let sop = SOPLoader.load(path: path(name)).sop { out[name] = Renderer.render(sop, as: format, language: .id) }
        }
        return out
    }
}

/// The arrows an SOP means, worked out here from the language's rules, independently of
/// `FlowGraph`: no flow goes to the next row (every box of a row it starts, the next box inside
/// a `berurutan` row), `lanjut` to its target,
/// each decision branch and each parallel target to theirs, and `selesai` to the end capsule
/// unless the step is itself a terminator (a decision's exit to the capsule drawn beside it).
struct ExpectedArrow: Hashable, CustomStringConvertible {
    var from: String
    var to: String
    var label: String?

    var description: String { "\(from) -> \(to)" + (label.map { " [\($0)]" } ?? "") }

    static func of(_ sop: SOP) -> [ExpectedArrow] {
        let rows = sop.rows
        // A plain arrow into the first box of a row of several boxes starts them all, unless the
        // row is `berurutan` (work passes box to box) or, its kind unwritten, a later box is the
        // target of a branch or `paralel` from another row (then each box is entered as written).
        var rowOf: [String: Int] = [:]
        for (index, row) in rows.enumerated() { for step in row { rowOf[step.id.value] = index } }
        var targetedFromOutside: Set<String> = []
        for (index, row) in rows.enumerated() {
            for step in row {
                var targets: [Target] = []
                if case .decision(let decision) = step.flow { targets = decision.branches.map(\.target.value) }
                if case .parallel(let list) = step.flow { targets = list.map(\.value) }
                for case .step(let id) in targets where rowOf[id] != index { targetedFromOutside.insert(id) }
            }
        }
        func entered(_ id: String) -> [String] {
            guard let row = rowOf[id].map({ rows[$0] }), row.count > 1, row[0].id.value == id else { return [id] }
            let kind = row[0].drawn.rowKind?.value
            if kind == .berurutan || (kind == nil && row.dropFirst().contains { targetedFromOutside.contains($0.id.value) }) {
                return [id]
            }
            return row.map(\.id.value)
        }
        var arrows: [ExpectedArrow] = []
        for (rowIndex, row) in rows.enumerated() {
            for (boxIndex, step) in row.enumerated() {
                let from = "step:" + step.id.value
                func to(_ target: Target) -> String? {
                    switch target {
                    case .step(let id): "step:" + id
                    case .end: step.drawnSymbol == .terminator ? nil : "end"
                    }
                }
                switch step.flow {
                case .next(nil) where row[0].drawn.rowKind?.value == .berurutan && boxIndex + 1 < row.count:
                    arrows.append(ExpectedArrow(from: from, to: "step:" + row[boxIndex + 1].id.value))
                case .next(nil):
                    if rowIndex + 1 < rows.count {
                        for id in entered(rows[rowIndex + 1][0].id.value) { arrows.append(ExpectedArrow(from: from, to: "step:" + id)) }
                    }
                case .next(let target?):
                    if case .step(let id) = target.value {
                        for id in entered(id) { arrows.append(ExpectedArrow(from: from, to: "step:" + id)) }
                    } else if let to = to(target.value) {
                        arrows.append(ExpectedArrow(from: from, to: to))
                    }
                case .decision(let decision):
                    // A decision's exit to `selesai` ends in a capsule beside it, in its own row.
                    for branch in decision.branches {
                        if let to = to(branch.target.value) {
                            arrows.append(ExpectedArrow(from: from, to: to == "end" ? "end:" + step.id.value : to, label: branch.label.value))
                        }
                    }
                case .parallel(let targets):
                    for target in targets { if let to = to(target.value) { arrows.append(ExpectedArrow(from: from, to: to)) } }
                }
            }
        }
        return arrows
    }
}

extension Array where Element: Hashable {
    /// Counts of each element: compares two lists as multisets.
    var counted: [Element: Int] { reduce(into: [:]) { $0[$1, default: 0] += 1 } }
}
