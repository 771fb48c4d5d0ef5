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
        let text = waktu.text.value
        guard language == .en, waktu.duration != nil, waktu.readFrom == nil, waktu.conditional == nil else { return text }
        var out = text
        for (bahasa, english) in english {
            out = out.replacingOccurrences(of: "\\b\(bahasa)\\b", with: english, options: [.regularExpression, .caseInsensitive])
        }
        return out
    }
}
