/// How printed words typed again are compared: labels, actor names, waktu words, answers.
/// An official retypes "Petugas  Front\nOffice" or "Tidak Lengkap" as "petugas front office" or
/// "tidak lengkap": any case, any spacing, line breaks as spaces, is one text.
public enum TextKey {
    /// `text` lowercased, its runs of white space (line breaks included) as single spaces, trimmed.
    public static func folded(_ text: some StringProtocol) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
