import SOPCore
import SOPModel

/// A file name that starts with a number ("07-izin-usaha.yaml") names the SOP's nomor: `sop show
/// 07` finds the file by either, so the two must agree ("7" and "07" do).
struct FileNameNomorRule: SOPRule {
    let description = RuleDescription(
        id: "file-name-nomor", severity: .warning, category: .identity,
        summary: Catalog.Lint.Summary.fileNameNomor,
        triggering: [
            .sop(nomor: "↓\"08\"", file: "07-izin-usaha.yaml"),
        ],
        nonTriggering: [
            .sop(nomor: "\"07\"", file: "07-izin-usaha.yaml"),
            .sop(nomor: "\"7\"", file: "07_izin-usaha.yaml"),
            .sop(nomor: "SOP-314/17000/2025", file: "bps-laporan-gratifikasi.yaml"),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        let nomor = file.sop.identity.nomor
        let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
        let prefix = name.prefix { $0.isASCII && $0.isNumber }
        guard !prefix.isEmpty, !nomor.value.isEmpty,
            let separator = name.dropFirst(prefix.count).first, "-_.".contains(separator)
        else { return }
        let agrees = nomor.value == prefix
            || (nomor.value.allSatisfy { $0.isASCII && $0.isNumber } && Int(nomor.value) == Int(prefix))
        guard !agrees else { return }
        let renamed = nomor.value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            ? nomor.value + name.dropFirst(prefix.count) : nil
        findings.add(description, Catalog.Lint.fileNameNomor(name, prefix: String(prefix), nomor: nomor.value),
                     at: file.location(nomor), notes: renamed.map { [.init(Catalog.Lint.renameTo($0))] } ?? [])
    }
}
