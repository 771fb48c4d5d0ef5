/// Targets named by a row's printed number: a row of several boxes among the names a target may
/// take, a number printed on several rows, an unlabelled exit named by the row it leads to.
extension Catalog {
    public enum RowTargets {}
}

extension Catalog.RowTargets {
    /// A row of several boxes in the list of what a target may name: its number, then its boxes.
    public static func rowName(_ number: String, boxes: [String]) -> Localized {
        let list = boxes.joined(separator: ", ")
        return Localized(id: "\(number) (baris: \(list))", en: "\(number) (the row: \(list))")
    }

    /// A number printed on several rows of one table: which one a target means cannot be told.
    public static func ambiguousRow(_ number: String, rows: [[String]]) -> Localized {
        let list = rows.map { $0.joined(separator: ", ") }
        return Localized(
            id: "'\(number)' adalah nomor beberapa baris (\(list.joined(separator: "; "))); tulis id kotak yang dituju",
            en: "'\(number)' numbers several rows (\(list.joined(separator: "; "))); write the id of the box meant")
    }

    /// The words an unlabelled exit is named by at the desk: the printed row it leads to.
    public static func toRow(_ row: String) -> Localized {
        Localized(id: "ke kegiatan \(row)", en: "to step \(row)")
    }

    /// A decision's exits as the desk names them: the label, or the row an unlabelled exit
    /// leads to (never a blank).
    static func exitList(_ exits: [(label: String, row: String)], numbered: Bool, in language: Language) -> String {
        let names = exits.map { $0.label.isEmpty ? toRow($0.row).text(language) : $0.label }
        return numbered ? names.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: ", ")
            : names.joined(separator: " / ")
    }

    public static func unknownBranch(_ choice: String, exits: [(label: String, row: String)]) -> Localized {
        Localized(id: "'\(choice)' bukan cabang keputusan ini (\(exitList(exits, numbered: true, in: .id)))",
                  en: "'\(choice)' is not a branch of this decision (\(exitList(exits, numbered: true, in: .en)))")
    }

    public static func requirementBranch(_ exits: [(label: String, row: String)]) -> Localized {
        Localized(id: "cabang keputusan belum dipilih (\(exitList(exits, numbered: false, in: .id)))",
                  en: "no branch chosen (\(exitList(exits, numbered: false, in: .en)))")
    }
}
