import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// /: the steps waiting for the operator's roles, overdue first, with each case's title.
enum WorklistPage {
    /// `warnings`: HTML of the notices about SOPs the operator cannot start (their lint errors).
    /// `uraian`: a step's words by SOP number and step id (the folder's SOPs), shown after its number.
    static func render(_ tasks: [TaskEntry], now: Date, time: TimeText, context: DeskContext, notice: String?,
                       warnings: String = "", uraian: (String, String) -> String? = { _, _ in nil },
                       performer: (TaskEntry) -> String? = { _ in nil }) -> String {
        typealias Words = Catalog.Serve
        let language = context.language
        let rows = tasks.map { task -> String in
            let late = task.entry.due.map { $0 < now } ?? false
            let due = task.entry.due.map { time.dateTime($0) } ?? Words.noDue.text(language)
            let href = "/kasus/\(segment(task.caseID.rawValue))/langkah/\(segment(task.entry.step))"
            let paused = task.status == .paused
            return """
                <tr class="tugas\(late ? " terlambat" : "")\(paused ? " dijeda" : "")" data-kasus="\(h(task.caseID.rawValue))" data-langkah="\(h(task.entry.step))">
                  <td>\(h(task.caseID.rawValue))<div class="kecil">SOP \(h(task.nomor)) · \(h(task.judul))</div></td>
                  <td data-label="\(h(Words.columnTitle.text(language)))">\(h(task.title.isEmpty ? "-" : shortened(task.title)))</td>
                  <td data-label="\(h(Words.columnStep.text(language)))">\(h(task.entry.stepLabel))\(uraian(task.nomor, task.entry.step).map { "<div class=\"kecil\">\(h(shortened($0, limit: 90)))</div>" } ?? "")</td>
                  <td class="peran" data-label="\(h(Words.columnRole.text(language)))">\(h(performer(task) ?? task.entry.roleName))</td>
                  <td data-label="\(h(Words.columnDue.text(language)))">\(h(due))\(late ? " <span class=\"tanda-terlambat\">\(h(Words.overdue.text(language)))</span>" : "")</td>
                  <td>\(paused ? PausedCase.mark(task.caseID, context: context) : "<a class=\"buka tombol\" href=\"\(h(href))\">\(h(Words.open.text(language)))</a>")</td>
                </tr>
                """
        }.joined(separator: "\n")
        let empty = tasks.isEmpty ? Layout.notice(Words.worklistEmpty.text(language)) : ""
        return Layout.page(Words.worklistTitle.text(language), context: context, body: """
            \(notice.map { Layout.notice($0) } ?? "")\(warnings)
            \(empty)
            <table id="daftar-tugas" class="kartu"\(tasks.isEmpty ? " hidden" : "")>
              <thead><tr><th>\(h(Words.columnCase.text(language)))</th><th>\(h(Words.columnTitle.text(language)))</th><th>\(h(Words.columnStep.text(language)))</th><th>\(h(Words.columnRole.text(language)))</th><th>\(h(Words.columnDue.text(language)))</th><th></th></tr></thead>
              <tbody>
            \(rows)
              </tbody>
            </table>
            """)
    }

    /// Each step's uraian by SOP number and step id, from the folder's SOPs (a case pinned to an
    /// older revision whose step is gone shows its number alone).
    static func uraian(_ sops: [StartableSOP]) -> (String, String) -> String? {
        let byNomor = Dictionary(sops.compactMap { entry in entry.sop.map { (entry.nomor, $0) } }, uniquingKeysWith: { first, _ in first })
        return { nomor, step in
            byNomor[nomor]?.step(step)?.uraian.value.replacingOccurrences(of: "\n", with: " ")
        }
    }

    /// Who each task's step is shown as, from the folder's SOPs, as `sop tasks` shows it: an
    /// outside party's step with the role recording it, a joint row with its other actors
    /// (`SOP.performerLine`); nil for a step of its role alone.
    static func performers(_ sops: [StartableSOP], language: Language) -> (TaskEntry) -> String? {
        let byNomor = Dictionary(sops.compactMap { entry in entry.sop.map { (entry.nomor, $0) } }, uniquingKeysWith: { first, _ in first })
        return { task in
            byNomor[task.nomor]?.performerLineBesidesRole(ofStep: task.entry.step, role: task.entry.role, language)
        }
    }

    /// A case title as the worklist shows it: at most 120 characters, then an ellipsis (the
    /// step page shows it whole).
    static func shortened(_ title: String, limit: Int = 120) -> String {
        title.count > limit ? String(title.prefix(limit - 1)).trimmingCharacters(in: .whitespaces) + "…" : title
    }

    /// Overdue first (by due time), then the rest by due time, steps without one last.
    static func ordered(_ tasks: [TaskEntry], now: Date) -> [TaskEntry] {
        tasks.enumerated().sorted { a, b in
            let x = a.element.entry.due, y = b.element.entry.due
            switch (x, y) {
            case (let p?, let q?): return p != q ? p < q : a.offset < b.offset
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.element)
    }
}

/// A path segment, percent-encoded (case ids and step ids are plain, but never trusted): every
/// UTF-8 byte but ASCII letters, digits and `-._~` as `%XX` (RFC 3986's unreserved characters).
/// On the bytes, with no CharacterSet built per call: a plain id is returned as it is.
func segment(_ text: String) -> String {
    func unreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"): true
        default: false
        }
    }
    guard !text.utf8.allSatisfy(unreserved) else { return text }
    let hex = Array("0123456789ABCDEF".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count * 3)
    for byte in text.utf8 {
        if unreserved(byte) {
            out.append(byte)
        } else {
            out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
        }
    }
    return String(decoding: out, as: UTF8.self)
}
