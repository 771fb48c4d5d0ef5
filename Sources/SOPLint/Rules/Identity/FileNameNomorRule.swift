import SOPCore
import SOPModel

/// A file name that starts with a number ("07-izin-usaha.yaml") gives the short code staff type
/// (`sop run 07`). When the SOP's nomor is itself a plain number, the two must agree ("7" and
/// "07" do); a real nomor ("000.8.3.3/ 412 /DISKOP-B", "SOP-029/17000/2025") is not a number
/// to compare, and its file's short code is simply what staff type.
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
            .sop(nomor: "000.8.3.3/ 412 /DISKOP-B", file: "19-izin-reklame.yaml"),
            .sop(nomor: "800/15/BKD", file: "02-cuti.yaml"),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        let nomor = file.sop.identity.nomor
        let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
        let prefix = name.prefix { $0.isASCII && $0.isNumber }
        guard !prefix.isEmpty, !nomor.value.isEmpty, nomor.value.allSatisfy({ $0.isASCII && $0.isNumber }),
            let separator = name.dropFirst(prefix.count).first, "-_.".contains(separator)
        else { return }
        guard !ShortCode.matches(nomor.value, String(prefix)) else { return }
        findings.add(description, Catalog.Lint.fileNameNomor(name, prefix: String(prefix), nomor: nomor.value),
                     at: file.location(nomor), notes: [.init(Catalog.Lint.renameTo(nomor.value + name.dropFirst(prefix.count)))])
    }
}
