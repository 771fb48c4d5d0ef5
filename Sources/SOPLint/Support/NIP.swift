import SOPModel

/// A NIP as written ("19700907 199602 1 001"): its digits, and where each stands in the text.
/// Digits 1–8 are the birth date (yyyymmdd), 9–14 the first appointment (yyyymm), 15 the
/// gender (1 male, 2 female), 16–18 a serial number.
struct NIP {
    static let length = 18
    static let birth = 0..<8
    static let appointment = 8..<14
    static let gender = 14..<15

    let text: String
    private(set) var digits: [Int] = []
    /// Offset (in Unicode scalars) of each digit in the text.
    private(set) var offsets: [Int] = []
    /// The first character that is neither a digit nor a space, with its offset.
    private(set) var foreign: (character: Character, offset: Int)?

    init(_ text: String) {
        self.text = text
        // A label copied from the print ("NIP. 19780512 …") is read past (`Approver.nipLabelLength`).
        let label = Approver.nipLabelLength(text)
        for (offset, scalar) in text.unicodeScalars.enumerated() where offset >= label {
            if ("0"..."9").contains(scalar) {
                digits.append(Int(scalar.value) - 48)
                offsets.append(offset)
            } else if scalar != " ", foreign == nil {
                foreign = (Character(scalar), offset)
            }
        }
    }

    var isWellFormed: Bool { foreign == nil && digits.count == Self.length }

    /// The digits of a part as one number (`19700907`).
    func number(_ part: Range<Int>) -> Int {
        digits[part].reduce(0) { $0 * 10 + $1 }
    }

    func written(_ part: Range<Int>) -> String {
        digits[part].map(String.init).joined()
    }

    /// Offset and width of a part in the text (spaces inside it included).
    func span(_ part: Range<Int>) -> (offset: Int, length: Int) {
        (offsets[part.lowerBound], offsets[part.upperBound - 1] - offsets[part.lowerBound] + 1)
    }
}
