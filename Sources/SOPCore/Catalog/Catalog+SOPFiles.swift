/// Finding and reading SOP files: a folder with no SOP in it, bytes that are not UTF-8.
extension Catalog {
    public enum SOPFiles {}
}

extension Catalog.SOPFiles {
    public enum Summary {
        public static let ioNoSOPFiles = Localized(
            id: "folder yang disebut tidak berisi berkas SOP (*.yaml, *.yml)",
            en: "a folder named holds no SOP file (*.yaml, *.yml)")
    }
}

extension Catalog.SOPFiles {
    /// A byte as written in messages: "0xE9".
    private static func written(_ byte: UInt8) -> String {
        "0x" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
    }

    /// A folder named (or the SOP folder) in which no file is an SOP: a CI job that lints
    /// nothing must not pass.
    public static func noSOPFiles(_ folder: String) -> Localized {
        Localized(id: "tidak ada berkas SOP (*.yaml, *.yml) di folder '\(folder)'; tidak ada yang diperiksa",
                  en: "no SOP files (*.yaml, *.yml) in the folder '\(folder)'; nothing was checked")
    }

    public static let emptyFolderExample = Localized(
        id: "folder tanpa berkas *.yaml atau *.yml", en: "a folder with no *.yaml or *.yml file")

    /// The first invalid byte of a file that is not UTF-8, where it stands.
    public static func invalidUTF8(byte: UInt8, line: Int, column: Int) -> Localized {
        let hex = written(byte)
        return Localized(
            id: "byte \(hex) di baris \(line) kolom \(column) bukan UTF-8 yang sah; simpan berkas dengan pengodean UTF-8",
            en: "byte \(hex) at line \(line), column \(column) is not valid UTF-8; save the file with UTF-8 encoding")
    }

    /// What the bytes look like they were saved as (a note under the invalid UTF-8 error).
    public static let looksUTF16 = Localized(
        id: "berkas ini tampaknya disimpan sebagai UTF-16 (di Notepad: \"Unicode\"); simpan ulang sebagai UTF-8",
        en: "this file looks saved as UTF-16 (Notepad's \"Unicode\"); save it again as UTF-8")

    public static func looksLatin1(byte: UInt8, character: String) -> Localized {
        let hex = written(byte)
        return Localized(
            id: "berkas ini tampaknya disimpan sebagai Latin-1/Windows-1252, tempat \(hex) adalah '\(character)'; simpan ulang sebagai UTF-8",
            en: "this file looks saved as Latin-1/Windows-1252, where \(hex) is '\(character)'; save it again as UTF-8")
    }
}
