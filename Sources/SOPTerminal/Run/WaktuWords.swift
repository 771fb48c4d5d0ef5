import Foundation
import SOPCore
import SOPModel

/// A waktu standard as a page in a language says it: the SOP's own words in Bahasa Indonesia
/// ("30 menit"), its units in English ("30 min", "10 working days") when the text is a plain
/// duration; a sentence or a standard that depends on the case is left as the SOP wrote it.
public enum WaktuWords {
    static let english: [(String, String)] = [("hari kerja", "working days"), ("menit", "min"), ("jam", "hours"),
                                              ("hari", "days"), ("minggu", "weeks"), ("bulan", "months")]

    public static func text(_ waktu: Waktu, language: Language) -> String {
        guard waktu.duration != nil, waktu.readFrom == nil, waktu.conditional == nil else { return waktu.text.value }
        return translated(waktu.text.value, language)
    }

    /// A standard the case chose (`waktu_baku: {menurut}`) with the value that chose it: "5 hari
    /// kerja (Berkas Kurang)" (tester 27, finding N1); else as `text(_:items:language:)`.
    public static func text(_ waktu: Waktu, items: Int?, chosen: ConditionalWaktu.Choice?, language: Language) -> String {
        guard let chosen else { return text(waktu, items: items, language: language) }
        return translated(chosen.text.value, language) + " (" + chosen.value.value + ")"
    }

    /// The standard a step is timed by, where the row states it apart from the printed cell
    /// (`waktu_baku: 3 hari kerja` beside `maks. 3 hari`): "3 hari kerja (tercetak: maks. 3
    /// hari)" (tester 29, F11); else as `text(_:items:chosen:language:)`.
    public static func standard(_ waktu: Waktu, items: Int?, chosen: ConditionalWaktu.Choice?, language: Language) -> String {
        guard chosen == nil, items == nil || waktu.perItem == nil, let stated = waktu.stated, waktu.duration != nil,
            stated.value.lowercased() != waktu.text.value.lowercased()
        else { return text(waktu, items: items, chosen: chosen, language: language) }
        // A cell printed "-" beside a stated standard: the standard alone.
        if Kelengkapan.isDash(waktu.text.value) { return translated(stated.value, language) }
        return Catalog.Desk.statedStandard(translated(stated.value, language), printed: waktu.text.value).text(language)
    }

    private static func translated(_ text: String, _ language: Language) -> String {
        guard language == .en else { return text }
        var out = text
        for (bahasa, english) in english {
            out = out.replacingOccurrences(of: "\\b\(bahasa)\\b", with: english, options: [.regularExpression, .caseInsensitive])
        }
        return out
    }

    /// The same, for a per-item standard with the items the case counted: "2 jam/alat × 3 = 6
    /// jam", the sum on its own unit, so that the officer can check it.
    public static func text(_ waktu: Waktu, items: Int?, language: Language) -> String {
        guard let items, let each = waktu.perItem?.each, !each.isRange else { return text(waktu, language: language) }
        let amount = each.low * Double(items)
        let number = amount == amount.rounded() ? String(Int(amount)) : String(amount).replacingOccurrences(of: ".", with: ",")
        var unit = each.unit.rawValue
        if language == .en, let english = english.first(where: { $0.0 == unit })?.1 { unit = english }
        return "\(waktu.text.value) × \(items) = \(number) \(unit)"
    }
}
