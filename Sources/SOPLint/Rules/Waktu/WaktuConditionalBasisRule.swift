import SOPCore
import SOPModel

/// A standard chosen by the case must be chosen by something the case has answered before:
/// an earlier decision (its branch labels) or a form field of this or an earlier step (its
/// choices, when it has them). A decision below the row counts when one of its branches can send
/// the case back to it ("dilengkapi paling lambat 5 hari kerja" on the pass after "Berkas
/// Kurang", tester 26, finding 6): its latest branch chooses, and `lainnya` times the first pass.
struct WaktuConditionalBasisRule: SOPRule {
    let description = RuleDescription(
        id: "waktu-conditional-basis", severity: .error, category: .mutuBaku,
        summary: Catalog.Waktu.Summary.conditionalBasis,
        triggering: [
            .sop(steps: """
                  - no: 1
                    uraian: Memilih cara permohonan
                    pelaksana: petugas
                    keputusan: {cabang: {Online: 2, Langsung: 2}}
                  - no: 2
                    uraian: Menerbitkan izin
                    pelaksana: petugas
                    mutu_baku:
                      waktu: 1 hari kerja (online), 3 hari kerja (langsung)
                      waktu_baku: {menurut: ↓cara, jika: {Online: 1 hari kerja, Langsung: 3 hari kerja}}
                  - no: 3
                    uraian: Menyerahkan izin
                    pelaksana: petugas
                    mutu_baku:
                      waktu: 10 menit (loket), 1 hari (pos)
                      waktu_baku: {menurut: 1, jika: {Online: 1 hari, ↓Pos: 1 hari}}
                """),
            // A decision below that never sends the case back; one that does, without `lainnya`.
            .sop(steps: """
                  - no: 1
                    uraian: Menyampaikan berkas
                    pelaksana: petugas
                    mutu_baku: {waktu: 3 hari kerja, waktu_baku: {menurut: ↓2, jika: {Lengkap: 1 hari kerja}, lainnya: 3 hari kerja}}
                  - no: 2
                    uraian: Memeriksa berkas
                    pelaksana: petugas
                    keputusan: {cabang: {Lengkap: 3, Kurang: 3}}
                  - no: 3
                    uraian: Melengkapi berkas
                    pelaksana: petugas
                    mutu_baku: {waktu: 3 hari kerja, waktu_baku: {menurut: ↓4, jika: {Kurang: 5 hari kerja}}}
                  - no: 4
                    uraian: Memverifikasi
                    pelaksana: petugas
                    keputusan: {cabang: {Lengkap: selesai, Kurang: 3}}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - no: 1
                    uraian: Memilih cara permohonan
                    pelaksana: petugas
                    keputusan: {cabang: {Online: 2, Langsung: 2}}
                  - no: 2
                    uraian: Menerbitkan izin
                    pelaksana: petugas
                    formulir: [{nama: kirim, jenis: pilihan, pilihan: [Loket, Pos]}]
                    mutu_baku:
                      waktu: 1 hari kerja (online), 3 hari kerja (langsung)
                      waktu_baku: {menurut: 1, jika: {online: 1 hari kerja, Langsung: 3 hari kerja}}
                  - no: 3
                    uraian: Menyerahkan izin
                    pelaksana: petugas
                    mutu_baku:
                      waktu: 10 menit (loket), 1 hari (pos)
                      waktu_baku: {menurut: kirim, jika: {Loket: 10 menit, Pos: 1 hari}}
                """),
            // The decision below that sends the case back to the row (tester 26, finding 6).
            .sop(steps: """
                  - no: 1
                    uraian: Meneliti berkas
                    pelaksana: petugas
                    mutu_baku: {waktu: 3 hari kerja, waktu_baku: {menurut: 2, jika: {Berkas Kurang: 5 hari kerja}, lainnya: 3 hari kerja}}
                  - no: 2
                    uraian: Memverifikasi berkas
                    pelaksana: petugas
                    keputusan: {cabang: {Memenuhi Syarat: selesai, Berkas Kurang: 1}}
                """),
        ])

    var needs: Set<SOPSection> { [.kegiatan] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        let steps = file.sop.steps
        for (index, step) in steps.enumerated() {
            guard let conditional = step.mutuBaku.waktu?.conditional else { continue }
            let basis = conditional.basis.value
            var known: [String]?
            if let decider = steps[..<index].first(where: { $0.id.value == basis }),
                case .decision(let decision) = decider.flow
            {
                known = decision.branches.map(\.label.value)
            } else if let below = steps[index...].firstIndex(where: { $0.id.value == basis }),
                case .decision(let decision) = steps[below].flow
            {
                let row = step.number ?? step.id.value
                if !file.graph.canReach(from: below, to: index) {
                    findings.add(description, Catalog.Waktu.conditionalNeverBack(basis, row: row), at: file.location(conditional.basis))
                    continue
                }
                if conditional.otherwiseText == nil {
                    findings.add(description, Catalog.Waktu.conditionalFirstPass(basis), at: file.location(conditional.basis))
                }
                known = decision.branches.map(\.label.value)
            } else if let field = steps[...index].flatMap(\.form).first(where: { $0.name.value == basis }) {
                known = field.options.isEmpty ? nil : field.options.map(\.value)
                if known == nil { continue }
            }
            guard let known else {
                findings.add(description, Catalog.Waktu.conditionalUnknownBasis(basis), at: file.location(conditional.basis))
                continue
            }
            let normalized = Set(known.map(ConditionalWaktu.key))
            for choice in conditional.choices where !normalized.contains(ConditionalWaktu.key(choice.value.value)) {
                findings.add(description, Catalog.Waktu.conditionalUnknownValue(choice.value.value, basis: basis, known: known),
                             at: file.location(choice.value))
            }
        }
    }
}
