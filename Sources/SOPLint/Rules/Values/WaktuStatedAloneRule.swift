import SOPCore
import SOPModel

/// A `waktu_baku` on a row that prints no waktu: the standard is stated beside a printed cell,
/// never instead of it.
struct WaktuStatedAloneRule: Rule {
    let description = RuleDescription(
        id: LoaderCode.waktuStatedAlone, severity: .error, category: .values,
        summary: Catalog.Waktu.Summary.statedAlone,
        triggering: [
            .sop(steps: "  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu_baku: ↓5 menit}}"),
        ],
        nonTriggering: [
            .sop(steps: "  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: Segera, waktu_baku: 5 menit}}"),
        ],
        suppressible: false)
}
