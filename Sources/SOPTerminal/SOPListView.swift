import SOPCore
import SOPModel

/// `sop list`: one line per SOP in the folder.
public struct SOPListView {
    public let sops: [SOP]
    public let language: Language
    public let terminal: Terminal

    public init(sops: [SOP], language: Language, terminal: Terminal) {
        self.sops = sops
        self.language = language
        self.terminal = terminal
    }

    public func render() -> String {
        typealias Words = Catalog.Document
        let header = [Words.columnNomor, Words.columnJudul, Words.pelaksana, Words.columnKegiatanCount,
                      Words.columnTotalWaktu].map { $0.text(language) }
        let rows = sops.map { sop in
            [sop.nomor, sop.lineJudul, String(sop.actors.count), String(sop.rowCount),
             TableChoice.totalText(of: sop, language)]
        }
        let widths = header.indices.map { column in
            ([header[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).enumerated().map { index, pair in
                index == cells.count - 1 ? pair.0 : pair.0 + String(repeating: " ", count: pair.1 - pair.0.count)
            }.joined(separator: "  ") + "\n"
        }
        let head = line(header)
        return (terminal.colour ? ANSIStyle.bold.apply(to: String(head.dropLast())) + "\n" : head)
            + rows.map(line).joined()
    }
}
