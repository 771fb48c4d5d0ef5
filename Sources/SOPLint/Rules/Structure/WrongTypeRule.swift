import SOPCore
import SOPModel

/// A value of the wrong kind: text where a list is expected, a list where text is.
struct WrongTypeRule: Rule {
    let description = RuleDescription(
        id: LoaderCode.wrongType, severity: .error, category: .structure,
        summary: Catalog.Lint.Summary.wrongType,
        triggering: [
            .sop(identity: "dasar_hukum: ↓Undang-Undang Nomor 25 Tahun 2009"),
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    mutu_baku: ↓10 menit
                """),
        ],
        nonTriggering: [
            .sop(identity: "dasar_hukum: [Undang-Undang Nomor 25 Tahun 2009]"),
            .sop(identity: "peringatan:\npencatatan_pendataan: []"),
        ],
        suppressible: false)
}
