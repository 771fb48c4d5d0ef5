import SOPCore
import SOPModel
import SOPYAML

extension SOPFile {
    /// Where `cetak.LIST` names a section (`tidak_dicetak: [peralatan_perlengkapan]`), else
    /// where `cetak` is written.
    func printingItem(_ list: String, _ key: String) -> Location? {
        let printing = root.pair("cetak")
        if let item = printing?.value.mapping?[list]?.sequence?.items.first(where: { $0.scalar?.value == key }) {
            return location(item.mark, length: item.length)
        }
        return printing.map { location($0.key.mark, length: $0.key.length) }
    }

    /// Where a key of a mapping under `cetak` is written (`label: {peringatan: …}`).
    func printingKey(_ object: String, _ key: String) -> Location? {
        guard let pair = root["cetak"]?.mapping?[object]?.mapping?.pair(key) else { return nil }
        return location(pair.key.mark, length: pair.key.length)
    }
}

extension Findings {
    /// An image file beside the SOP (a logo, a QR code) that is missing, not an image or too
    /// large, reported in the rule's words.
    mutating func addImageProblem(_ rule: RuleDescription, _ name: Located<String>, in file: SOPFile,
                                  _ words: (LogoImage.Problem) -> Localized) {
        guard case .failure(let problem) = LogoImage.load(name.value, besides: file.path) else { return }
        add(rule, words(problem), at: file.location(name))
    }
}
