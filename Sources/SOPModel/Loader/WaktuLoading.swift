import SOPCore
import SOPYAML

/// Reads the waktu of a mutu baku: the printed cell verbatim, and the standard read from it or
/// stated beside it (`waktu_baku`, a duration or one chosen by the case).
struct WaktuLoading {
    let context: LoadContext

    func waktu(_ view: ObjectView) -> Waktu? {
        let statedNode = view.node("waktu_baku")
        guard let text = view.text("waktu") else {
            if let statedNode {
                context.error(LoaderCode.waktuStatedAlone, Catalog.Waktu.statedWithoutWaktu, at: context.location(of: statedNode))
            }
            return nil
        }
        if let statedNode { return stated(statedNode, printed: text) }
        let location = context.location(text.mark, length: text.length)
        // "Setiap hari kerja pukul 14.00": due at that hour of the next working day (tester 28, F2).
        if let daily = DailyTimeWaktu.read(text.value) {
            var waktu = Waktu(text: text, duration: nil)
            waktu.dailyAt = daily
            return waktu
        }
        switch WaktuParser.read(text.value) {
        case .exact(let duration):
            return Waktu(text: text, duration: duration)
        case .inText(let duration, let read):
            // "Paling lambat 2 bulan sebelum periode …" is a date, not a span: no standard until
            // the official says how (`waktu_baku: {sampai, sebelum}`); lint's waktu-schedule note.
            if WaktuParser.isBeforeEvent(text.value, read: read) { return Waktu(text: text, duration: nil) }
            return Waktu(text: text, duration: duration, readFrom: read)
        case .none:
            return Waktu(text: text, duration: nil)
        case .several(let found):
            context.error(LoaderCode.waktuSeveral, Catalog.Waktu.several(text.value, found: found), at: location,
                          notes: [.init(Catalog.Waktu.stateStandard(WaktuReading.longest(found) ?? "5 menit"))])
        case .unreadable(let suggestion):
            var notes = suggestion.map { [Diagnostic.Note(Catalog.didYouMean($0))] } ?? []
            notes.append(.init(Catalog.Waktu.orStateStandard(Self.standard(suggested: suggestion))))
            context.error(LoaderCode.waktuFormat, Catalog.Loader.waktuUnreadable(text.value), at: location, notes: notes)
        case .spelledMismatch(let digits, let words):
            context.error(LoaderCode.waktuSpelled, Catalog.Waktu.spelledMismatch(text.value, digits: digits, words: words),
                          at: location)
        }
        return Waktu(text: text, duration: nil)
    }

    /// `waktu_baku: 3 hari kerja`, `{menurut, jika, lainnya}`, `{per, tiap}` or `{sampai, jam}`.
    private func stated(_ node: Node, printed: Located<String>) -> Waktu {
        if case .mapping(let mapping) = node {
            let keys = Set(mapping.pairs.map(\.key.value))
            if keys.contains("per") || keys.contains("tiap") { return perItem(node, printed: printed) }
            if keys.contains("sampai") || keys.contains("sebelum") { return dueBy(node, printed: printed) }
            if keys.contains("pukul") { return daily(node, printed: printed) }
            guard let view = context.object(node, SOPLanguage.conditionalWaktu, key: "waktu_baku"),
                let basis = view.identifier("menurut")
            else { return Waktu(text: printed, duration: nil) }
            var choices: [ConditionalWaktu.Choice] = []
            if let cases = view.node("jika") {
                if case .mapping(let mapping) = cases {
                    for pair in mapping.pairs {
                        guard let value = context.text(pair.value, key: "jika", required: true),
                            let duration = duration(value)
                        else { continue }
                        let label = Located(pair.key.value.trimmingWhitespace(), at: pair.key.mark, length: pair.key.length)
                        choices.append(.init(value: label, text: value, duration: duration))
                    }
                } else {
                    context.error(LoaderCode.wrongType, Catalog.Loader.wrongType("jika", expected: .mapping, found: cases.kind),
                                  at: context.location(of: cases))
                }
            }
            let otherwiseText = view.text("lainnya")
            let conditional = ConditionalWaktu(basis: basis, choices: choices, otherwise: otherwiseText.flatMap(duration),
                                               otherwiseText: otherwiseText)
            return Waktu(text: printed, duration: conditional.otherwise, conditional: conditional)
        }
        guard let stated = context.text(node, key: "waktu_baku", required: true) else {
            return Waktu(text: printed, duration: nil)
        }
        if WaktuParser.isNoStandard(stated.value) {
            var waktu = Waktu(text: printed, duration: nil, stated: stated)
            waktu.statedNone = true
            return waktu
        }
        return Waktu(text: printed, duration: duration(stated), stated: stated)
    }

    /// `waktu_baku: {per: jumlah, tiap: 2 jam}`: n × 2 jam, n the answer to the field.
    private func perItem(_ node: Node, printed: Located<String>) -> Waktu {
        guard let view = context.object(node, SOPLanguage.perItemWaktu, key: "waktu_baku"),
            let field = view.identifier("per"), let each = view.text("tiap")
        else { return Waktu(text: printed, duration: nil) }
        var waktu = Waktu(text: printed, duration: nil)
        waktu.perItem = PerItemWaktu(field: field, eachText: each, each: duration(each))
        return waktu
    }

    /// `waktu_baku: {sampai: tanggal_jadwal, jam: jam_jadwal}`: due on a date the case recorded;
    /// `{sampai: tanggal_periode, sebelum: 2 bulan}`: due that long before it.
    private func dueBy(_ node: Node, printed: Located<String>) -> Waktu {
        guard let view = context.object(node, SOPLanguage.dueDateWaktu, key: "waktu_baku"),
            let date = view.identifier("sampai")
        else { return Waktu(text: printed, duration: nil) }
        var waktu = Waktu(text: printed, duration: nil)
        let before = view.text("sebelum")
        waktu.dueBy = DueDateWaktu(dateField: date, timeField: view.identifier("jam"),
                                   beforeText: before, before: before.flatMap(duration))
        return waktu
    }

    /// `waktu_baku: {pukul: "14.00"}`: due at that hour of the next working day from the step's start.
    private func daily(_ node: Node, printed: Located<String>) -> Waktu {
        var waktu = Waktu(text: printed, duration: nil)
        guard let view = context.object(node, SOPLanguage.dailyWaktu, key: "waktu_baku"), let hour = view.text("pukul") else { return waktu }
        guard let clock = DailyTimeWaktu.clock(hour.value) else {
            context.error(LoaderCode.waktuFormat, Catalog.Waktu.dailyHourUnreadable(hour.value),
                          at: context.location(hour.mark, length: hour.length))
            return waktu
        }
        waktu.dailyAt = DailyTimeWaktu(hour: clock.hour, minute: clock.minute)
        return waktu
    }

    /// The standard a fix-it note proposes: the duration read from the suggested text
    /// ("10'" → "10 menit", "1 x 24 jm" → "1 x 24 jam"), a placeholder when none is read.
    static func standard(suggested: String?) -> String? {
        switch suggested.map(WaktuParser.read) {
        case .exact?: suggested
        case .inText(_, let read)?: read
        default: nil
        }
    }

    /// One duration and nothing else, or a located error.
    private func duration(_ text: Located<String>) -> WaktuDuration? {
        switch WaktuParser.parse(text.value) {
        case .success(let duration):
            return duration
        case .failure(.unreadable(let suggestion)):
            context.error(LoaderCode.waktuFormat, Catalog.Waktu.statedUnreadable(text.value),
                          at: context.location(text.mark, length: text.length),
                          notes: suggestion.map { [.init(Catalog.didYouMean($0))] } ?? [])
            return nil
        }
    }
}
