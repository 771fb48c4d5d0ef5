import SOPCore
import SOPModel

/// A join (`menunggu`) that can never start: it waits for a step never reached, for a step
/// whose flow never comes to it, for itself, or for two steps that never both happen (two
/// branches of a decision, where only parallel work runs side by side).
struct JoinNeverCompletesRule: SOPRule {
    let description = RuleDescription(
        id: "join-never-completes", severity: .error, category: .flow,
        summary: Catalog.Lint.Summary.joinNeverCompletes,
        triggering: [
            .sop(steps: """
                  - no: 1
                    uraian: Memeriksa berkas
                    pelaksana: petugas
                    keputusan:
                      cabang: {Lengkap: catat, Belum lengkap: minta}
                  - {id: catat, no: 2, uraian: Mencatat berkas, pelaksana: petugas, lanjut: 3}
                  - {id: minta, no: 2, uraian: Meminta kelengkapan, pelaksana: petugas, lanjut: 3}
                  - {no: 3, uraian: Menyerahkan berkas, pelaksana: petugas, menunggu: [catat, ↓minta]}
                """),
            .sop(steps: """
                  - {no: 1, uraian: Membagi tugas, pelaksana: petugas, paralel: [catat, periksa]}
                  - {id: catat, no: 2, uraian: Mencatat berkas, pelaksana: petugas, lanjut: 3}
                  - {id: periksa, no: 2, uraian: Memeriksa berkas, pelaksana: petugas, lanjut: selesai}
                  - {no: 3, uraian: Menyerahkan berkas, pelaksana: petugas, menunggu: [catat, ↓periksa]}
                """),
        ],
        nonTriggering: [
            .sop(steps: RuleExample.splitAndJoin),
        ])

    var needs: Set<SOPSection> { [.kegiatan] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        let graph = file.graph
        guard !graph.starts.isEmpty, !file.hasUnknownTargets else { return }  // flow-unknown-target first
        guard !file.reachesUnreadableFlow else { return }  // the loader's finding first
        let fromStart = graph.reachable(from: graph.starts)
        var reach = ReachCache(graph: graph)
        let splits: [[Int]] = file.sop.steps.indices.compactMap { index in
            guard case .parallel = file.sop.steps[index].flow else { return nil }
            return Array(Set(graph.successors(of: index).compactMap { edge -> Int? in
                guard case .step(let to)? = edge.node else { return nil }
                return to
            }))
        }
        for join in file.sop.steps.indices {
            var accepted: [(id: Located<String>, index: Int)] = []
            for (id, awaited) in graph.awaited(by: join) {
                guard let awaited else { continue }  // flow-unknown-target
                let message: Localized?
                if awaited == join {
                    message = Catalog.Lint.waitsForItself
                } else if !fromStart[awaited] {
                    message = Catalog.Lint.awaitedUnreachable(id.value)
                } else if !graph.successors(of: awaited).contains(where: { edge in
                    guard case .step(let next)? = edge.node else { return false }
                    return reach.from(next)[join]
                }) {
                    message = Catalog.Lint.awaitedNotLeadingHere(id.value)
                } else if let other = accepted.first(where: { !Self.together($0.index, awaited, &reach, splits) }) {
                    message = Catalog.Lint.awaitedExclusive(other.id.value, id.value)
                } else {
                    message = nil
                }
                if let message {
                    findings.add(description, message, at: file.location(id))
                } else {
                    accepted.append((id, awaited))
                }
            }
        }
    }

    /// Whether two steps can both happen in one run: one leads to the other, or two different
    /// branches of one parallel split lead to them.
    private static func together(_ a: Int, _ b: Int, _ reach: inout ReachCache, _ splits: [[Int]]) -> Bool {
        if a == b || reach.from(a)[b] || reach.from(b)[a] { return true }
        return splits.contains { branches in
            branches.contains { first in
                reach.from(first)[a] && branches.contains { $0 != first && reach.from($0)[b] }
            }
        }
    }
}
