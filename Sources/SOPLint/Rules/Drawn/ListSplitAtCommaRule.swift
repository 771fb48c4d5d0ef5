import Foundation
import SOPCore
import SOPModel
import SOPYAML

/// In a list written inline, YAML splits at every comma: `[Berkas A, B]` is two items, "Berkas A"
/// and "B". An item of one character, or one that starts with a lower-case joining word, after
/// a comma, following an item of several words, is most likely half of a cell the official
/// meant as one (a list of codes such as `[A, B]` is not). So is an item that starts in lower
/// case after one of several words that starts in upper case, the rest of a sentence:
/// `[Menyerahkan nota perbaikan, mengambil pc/laptop]` (a list written all in lower case,
/// `[formulir isian, surat pengantar]`, is not).
struct ListSplitAtCommaRule: SOPRule {
    let description = RuleDescription(
        id: "list-split-at-comma", severity: .note, category: .structure,
        summary: Catalog.Flow.Summary.listSplitAtComma,
        triggering: [
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    mutu_baku: {kelengkapan: [Berkas A, ↓B]}
                """),
            .sop(steps: """
                  - uraian: Menyerahkan hasil perbaikan
                    pelaksana: petugas
                    mutu_baku: {output: [Menyerahkan nota perbaikan, ↓mengambil pc/laptop]}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    mutu_baku: {kelengkapan: [KTP, KK, "Berkas A, B"]}
                """),
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    mutu_baku: {kelengkapan: [formulir isian, surat pengantar], output: [Nota perbaikan, PC/laptop]}
                """),
        ])

    static let joiningWords = ["dan ", "atau ", "serta ", "dll", "dsb", "dst"]

    func check(_ file: SOPFile, into findings: inout Findings) {
        guard Self.mayHaveSplitCell(file.source.bytes) else { return }
        visit(.mapping(file.root), file: file, findings: &findings)
    }

    /// A scan of the bytes for what a finding needs, a comma followed on its line by one
    /// character or a joining word, or by a word in lower case inside a flow list opened on that
    /// line: most files have none, and their tree is not walked. Errs on
    /// the side of walking (such a comma in prose or a comment counts too).
    static func mayHaveSplitCell(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            let count = buffer.count
            var index = 0
            while index < count {
                guard let found = memchr(base + index, Int32(UInt8(ascii: ",")), count - index) else { return false }
                let comma = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                index = comma + 1
                var start = index
                while start < count, buffer[start] == 0x20 { start += 1 }
                var end = start
                while end < count, !endsWord(buffer[end]) { end += 1 }
                let length = end - start
                if length == 1 { return true }
                if length > 1, length <= 16, buffer[start] >= 0x80,
                    String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self).count == 1
                {
                    return true
                }
                let rest = UnsafeBufferPointer(rebasing: buffer[start..<min(count, start + 6)])
                if joiningWords.contains(where: { rest.starts(with: $0.utf8) }) { return true }
                // A word in lower case after the comma of a flow list opened on the same line
                // (`[Menyerahkan nota perbaikan, mengambil pc]`): maybe the rest of a sentence.
                if start < count, buffer[start] >= UInt8(ascii: "a"), buffer[start] <= UInt8(ascii: "z") {
                    var back = comma - 1
                    while back >= 0, buffer[back] != 0x0A {
                        if buffer[back] == UInt8(ascii: "[") { return true }
                        if buffer[back] == UInt8(ascii: "]") { break }  // that list closed before the comma
                        back -= 1
                    }
                }
            }
            return false
        }
    }

    private static func endsWord(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: ":"):
            true
        default:
            false
        }
    }

    private func visit(_ node: Node, file: SOPFile, findings: inout Findings) {
        switch node {
        case .scalar: return
        case .mapping(let mapping):
            // By index, and a scalar value skipped by its case alone: no pair or node is copied.
            for index in mapping.pairs.indices {
                if case .scalar = mapping.pairs[index].value { continue }
                visit(mapping.pairs[index].value, file: file, findings: &findings)
            }
        case .sequence(let sequence):
            let items = sequence.items
            for position in items.indices {
                // A scalar is tested where it stands (only a mapping or a list is walked into);
                // the cheap tests first: the source line is read only for a likely half cell.
                // (Foundation's `contains(" ")` last of the pure tests: it costs more than the others.)
                guard case .scalar = items[position] else {
                    visit(items[position], file: file, findings: &findings)
                    continue
                }
                guard position > 0, case .scalar(let scalar) = items[position], scalar.style == .plain,
                    case .scalar(let previous) = items[position - 1],
                    Self.mayBeHalfCell(scalar.value) || Self.continuesASentence(scalar.value, after: previous.value),
                    previous.value.contains(" "),
                    afterComma(scalar.mark, in: file)
                else { continue }
                findings.add(description, Catalog.Flow.listSplitAtComma(previous.value, scalar.value),
                             at: file.location(scalar.mark, length: scalar.length))
            }
        }
    }

    /// An item in lower case after one starting in upper case: the rest of the same sentence.
    static func continuesASentence(_ item: String, after previous: String) -> Bool {
        guard let first = item.first, let start = previous.first else { return false }
        return first.isLowercase && start.isUppercase
    }

    /// One character, or a joining word first: decided on the first bytes before anything is
    /// counted (most items are neither).
    static func mayBeHalfCell(_ value: String) -> Bool {
        let bytes = value.utf8
        guard let first = bytes.first else { return false }
        if bytes.count <= 16, value.count == 1 { return true }
        guard first == UInt8(ascii: "d") || first == UInt8(ascii: "a") || first == UInt8(ascii: "s") else { return false }
        return joiningWords.contains { value.hasPrefix($0) }
    }

    /// Whether the text before the mark, past spaces, is a comma on the same line.
    private func afterComma(_ mark: Mark, in file: SOPFile) -> Bool {
        guard let line = file.source.line(mark.line) else { return false }
        let before = Array(line.unicodeScalars.prefix(max(0, mark.column - 1)))
        return before.last(where: { $0 != " " }) == ","
    }
}
