import SOPCore
import SOPModel

/// A file a rule is shown on: its documentation and its test. In the text, `↓` marks where the
/// rule must report (line and column of the character after the mark), as in SwiftLint.
public struct RuleExample: Sendable {
    public enum Content: Sendable {
        case text(String)
        /// Bytes too large or too odd to print (a 2 MiB file, invalid UTF-8), described in words.
        case generated(Localized, @Sendable () -> [UInt8])
        /// A path that cannot be read.
        case missingFile
        /// A folder with no SOP file in it.
        case emptyFolder
    }

    /// Another file in the same folder, linted in the same run (for rules across files).
    public struct Sibling: Sendable {
        public let name: String
        public let text: String

        public init(_ name: String, _ text: String) {
            self.name = name
            self.text = text
        }
    }

    public static let marker: Character = "↓"

    public let fileName: String
    public let content: Content
    public let siblings: [Sibling]

    public init(_ text: String, file: String = "contoh.yaml", siblings: [Sibling] = []) {
        self.fileName = file
        self.content = .text(text)
        self.siblings = siblings
    }

    private init(content: Content) {
        self.fileName = "contoh.yaml"
        self.content = content
        self.siblings = []
    }

    public static func generated(_ description: Localized, _ bytes: @escaping @Sendable () -> [UInt8]) -> RuleExample {
        RuleExample(content: .generated(description, bytes))
    }

    public static let missingFile = RuleExample(content: .missingFile)
    public static let emptyFolder = RuleExample(content: .emptyFolder)

    /// A small complete SOP: the nomor, identity lines, actors and steps may each be replaced.
    public static func sop(nomor: String = "\"01\"", identity: String = "", actors: String = defaultActors,
                           steps: String = defaultSteps, file: String = "contoh.yaml",
                           siblings: [Sibling] = []) -> RuleExample {
        RuleExample(sopText(nomor: nomor, identity: identity, actors: actors, steps: steps), file: file,
                    siblings: siblings)
    }

    public static func sopText(nomor: String = "\"01\"", identity: String = "", actors: String = defaultActors,
                               steps: String = defaultSteps) -> String {
        var text = "nomor: \(nomor)\njudul: Contoh\n"
        if !identity.isEmpty { text += identity.hasSuffix("\n") ? identity : identity + "\n" }
        text += "pelaksana:\n" + (actors.hasSuffix("\n") ? actors : actors + "\n")
        text += "kegiatan:\n" + (steps.hasSuffix("\n") ? steps : steps + "\n")
        return text
    }

    public static let defaultActors = "  - {id: petugas, nama: Petugas, jenis: staf}"
    public static let defaultSteps = "  - {uraian: Menerima berkas, pelaksana: petugas}"

    /// The text without its marks (nil for generated content, missing files and empty folders).
    public var text: String? {
        guard case .text(let text) = content else { return nil }
        return text.filter { $0 != Self.marker }
    }

    /// Where the marks stand in the text without them (1-based, columns in Unicode scalars).
    public var marks: [Mark] {
        guard case .text(let text) = content else { return [] }
        var marks: [Mark] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var column = 1
            for scalar in line.unicodeScalars {
                if Character(scalar) == Self.marker {
                    marks.append(Mark(line: offset + 1, column: column))
                } else {
                    column += 1
                }
            }
        }
        return marks
    }

    /// What documentation shows: the text, or a description of what cannot be printed.
    public func shown(_ language: Language) -> String {
        switch content {
        case .text: String((text ?? "").reversed().drop { $0 == "\n" }.reversed())
        case .generated(let description, _): "(\(description.text(language)))"
        case .missingFile: "(\(Catalog.Lint.missingFileExample.text(language)))"
        case .emptyFolder: "(\(Catalog.SOPFiles.emptyFolderExample.text(language)))"
        }
    }

    /// The files to lint: siblings first, then the example's own file (always in `folder`).
    public func inputs(folder: String) -> [LintInput] {
        let own: LintInput
        switch content {
        case .text:
            own = .memory(path: folder + "/" + fileName, bytes: Array((text ?? "").utf8))
        case .generated(_, let make):
            own = .memory(path: folder + "/" + fileName, bytes: make())
        case .missingFile:
            own = .file(path: folder + "/tidak-ada/" + fileName)
        case .emptyFolder:
            own = .noSOPFiles(folder: folder + "/kosong")
        }
        return siblings.map { .memory(path: folder + "/" + $0.name, bytes: Array($0.text.utf8)) } + [own]
    }
}

/// Steps several rules show as done right (each rule still says what it shows them for).
extension RuleExample {
    /// Parallel work split in two and joined: no flow rule reports it.
    public static let splitAndJoin = """
          - {no: 1, uraian: Membagi tugas, pelaksana: petugas, paralel: [catat, periksa]}
          - {id: catat, no: 2, uraian: Mencatat berkas, pelaksana: petugas, lanjut: 3}
          - {id: periksa, no: 2, uraian: Memeriksa berkas, pelaksana: petugas, lanjut: 3}
          - {no: 3, uraian: Menyerahkan berkas, pelaksana: petugas, menunggu: [catat, periksa]}
        """

    /// A decision looping back to an earlier row, with a way out.
    public static let loopWithExit = """
          - no: 1
            uraian: Memeriksa berkas
            pelaksana: petugas
            keputusan:
              cabang: {Lengkap: 3, Belum lengkap: 2}
          - {no: 2, uraian: Meminta kelengkapan, pelaksana: petugas, lanjut: 1}
          - {no: 3, uraian: Menyerahkan berkas, pelaksana: petugas}
        """

    /// An unused actor, its finding suppressed with a reason.
    public static let reasonedSuppression = """
          - {id: petugas, nama: Petugas, jenis: staf}
          # sop-lint: disable-next-line actor-unused -- kolom tetap dicetak
          - {id: kabid, nama: Kepala Bidang, jenis: staf}
        """

    /// The text of a small SOP with the mark before a top-level key (for rules reported there).
    public static func sopText(marking key: String, actors: String = defaultActors, steps: String) -> String {
        var text = sopText(actors: actors, steps: steps)
        if let range = text.range(of: "\n" + key + ":") {
            text.replaceSubrange(range, with: "\n" + String(marker) + key + ":")
        }
        return text
    }
}

