import SOPCore
import SOPModel
import Testing

@testable import SOPRender

/// The SOPs the renderer is tested on: the Dinas's SOP 01, the two real BPS SOPs (decisions
/// with free labels, an unnumbered row, a parallel row and its join, an external agency) and
/// the long fixture (7 actors, 35 steps over several pages, loops, a three-way decision).
enum Samples {
    static let all = ["sop01", "layanan", "gratifikasi", "panjang"]

    static func path(_ name: String) -> String {
        switch name {
        case "sop01": Paths.sop01
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
        for name in all {
            if let sop = SOPLoader.load(path: path(name)).sop { out[name] = Renderer.render(sop, as: format, language: .id) }
        }
        return out
    }
}

/// The arrows an SOP means, worked out here from the language's rules, independently of
/// `FlowGraph`: no flow goes to the first step of the next row, `lanjut` to its target,
/// each decision branch and each parallel target to theirs, and `selesai` to the end capsule
/// unless the step is itself a terminator.
struct ExpectedArrow: Hashable, CustomStringConvertible {
    var from: String
    var to: String
    var label: String?

    var description: String { "\(from) -> \(to)" + (label.map { " [\($0)]" } ?? "") }

    static func of(_ sop: SOP) -> [ExpectedArrow] {
        let rows = sop.rows
        var arrows: [ExpectedArrow] = []
        for (rowIndex, row) in rows.enumerated() {
            for step in row {
                let from = "step:" + step.id.value
                func to(_ target: Target) -> String? {
                    switch target {
                    case .step(let id): "step:" + id
                    case .end: step.drawnSymbol == .terminator ? nil : "end"
                    }
                }
                switch step.flow {
                case .next(nil):
                    if rowIndex + 1 < rows.count { arrows.append(ExpectedArrow(from: from, to: "step:" + rows[rowIndex + 1][0].id.value)) }
                case .next(let target?):
                    if let to = to(target.value) { arrows.append(ExpectedArrow(from: from, to: to)) }
                case .decision(let decision):
                    for branch in decision.branches {
                        if let to = to(branch.target.value) { arrows.append(ExpectedArrow(from: from, to: to, label: branch.label.value)) }
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
