import SOPCore
import SOPModel

/// `penghubung` draws an arrow through a pair of numbered connectors: on a step, its one drawn
/// plain arrow; on a decision's exit, that exit. A step without a drawn plain arrow has none to
/// draw so, and one number marks one target: two arrows numbered alike lead to the same step.
struct ConnectorMisplacedRule: SOPRule {
    let description = RuleDescription(
        id: "connector-misplaced", severity: .error, category: .flow,
        summary: Catalog.TableConnectors.Summary.connectorMisplaced,
        triggering: [
            .sop(steps: """
                  - no: 1
                    uraian: Memeriksa berkas
                    pelaksana: petugas
                    penghubung: ↓"1"
                    keputusan: {cabang: {Lengkap: 2, Belum: selesai}}
                  - {no: 2, uraian: Mencatat berkas, pelaksana: petugas}
                """),
            .sop(steps: """
                  - no: 1
                    uraian: Memeriksa berkas
                    pelaksana: petugas
                    keputusan:
                      cabang:
                        - {ke: 2, label: A, penghubung: "1"}
                        - {ke: 3, label: B, penghubung: ↓"1"}
                  - {no: 2, uraian: Mencatat berkas, pelaksana: petugas, lanjut: selesai}
                  - {no: 3, uraian: Menolak berkas, pelaksana: petugas}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - no: 1
                    uraian: Memeriksa berkas
                    pelaksana: petugas
                    keputusan:
                      cabang:
                        - {ke: 2, label: A, penghubung: "1"}
                        - {ke: 3, label: B, penghubung: "2"}
                  - {no: 2, uraian: Mencatat berkas, pelaksana: petugas, penghubung: "3"}
                  - {no: 3, uraian: Menolak berkas, pelaksana: petugas}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        let steps = file.sop.steps
        var targets: [String: String] = [:]
        func mark(_ number: Located<String>, _ target: Target) {
            guard case .step(let id) = target else { return }
            if let first = targets[number.value], first != id {
                findings.add(description, Catalog.TableConnectors.connectorTwoTargets(number.value, first: first, second: id),
                             at: file.location(number))
            } else {
                targets[number.value] = id
            }
        }
        var graph: FlowGraph?
        for (index, step) in steps.enumerated() {
            if case .decision(let decision) = step.flow {
                for branch in decision.branches {
                    guard let number = branch.connector else { continue }
                    for target in branch.targets { mark(number, target.value) }
                }
            }
            guard let number = step.drawn.connector else { continue }
            let model = graph ?? FlowGraph(file.sop)
            graph = model
            let edges = model.successors(of: index)
            guard case .next = step.flow, step.drawn.arrowHidden?.value != true, edges.count == 1,
                  let edge = edges.first, edge.isPlain, case .step(let next)? = edge.node
            else {
                findings.add(description, Catalog.TableConnectors.connectorMisplaced, at: file.location(number))
                continue
            }
            mark(number, .step(steps[next].id.value))
        }
    }
}
