import SOPCore
import SOPEngine
import SOPModel

/// Which case a confirmation (pause, cancel) is about, as the worklist shows it: its number and
/// SOP, its title (`Perihal`), and the steps waiting with their roles.
enum WhichCase {
    static func render(_ pinned: PinnedCase, language: Language) -> String {
        typealias Words = Catalog.PauseAndCancel
        let state = pinned.state, sop = pinned.sop
        let title = state.title(sop: sop)
        let waiting = state.active.map { visit -> String in
            let label = sop.printedLabel(ofStep: visit.step)?.text(language) ?? visit.step
            let uraian = sop.step(visit.step)?.uraian.value ?? ""
            return "\(Words.step(label).text(language))\(uraian.isEmpty ? "" : " · " + uraian) (\(sop.actor(visit.role)?.lineName ?? visit.role))"
        }
        return """
            <dl class="fakta" id="kasus-ini">
              <dt>\(h(Catalog.Serve.columnCase.text(language)))</dt><dd>\(h(state.id.rawValue)) · SOP \(h(sop.nomor)) · \(h(sop.judul))</dd>
              <dt>\(h(Catalog.Serve.columnTitle.text(language)))</dt><dd>\(h(title.isEmpty ? "-" : title))</dd>
              \(waiting.isEmpty ? "" : "<dt>\(h(Words.waitingAt.text(language)))</dt><dd>\(h(waiting.joined(separator: "; ")))</dd>")
            </dl>
            """
    }
}
