import SOPCore

/// `jenis: nip`: a civil servant's NIP as BKN numbers it, 18 digits: birth date (YYYYMMDD), TMT
/// CPNS (YYYYMM), sex (1 man, 2 woman), serial number (3 digits). Typed with spaces (as printed,
/// "19880512 201101 1 003") or after a copied "NIP." label; stored as the 18 digits. Not
/// personal data: it is printed on every SK, so it is shown whole and is a case's search key.
enum NIPField {
    static func normalize(_ text: String) -> Result<String, FieldProblem> {
        let unlabelled = String(text.dropFirst(Approver.nipLabelLength(text)))
        let digits = unlabelled.removingASCII(" ")
        guard digits.count == 18, digits.allSatisfy(\.isASCIIDigit) else {
            var fault: (Character, Int)?
            if case .notADigit(let character, let position)? = PersonalFault.notADigit(in: unlabelled, skipping: " ") {
                fault = (character, position + text.count - unlabelled.count)
            }
            return .failure(FieldProblem(Catalog.NIP.badLength(digitCount: digits.filter(\.isASCIIDigit).count, notADigit: fault)))
        }
        let bytes = Array(digits.utf8).map { Int($0 - UInt8(ascii: "0")) }
        func number(_ from: Int, _ count: Int) -> Int { bytes[from..<(from + count)].reduce(0) { $0 * 10 + $1 } }
        func refuse(_ fault: Catalog.NIP.Fault) -> Result<String, FieldProblem> {
            .failure(FieldProblem(Catalog.NIP.badPart(digits, fault)))
        }
        let birthYear = number(0, 4), birthMonth = number(4, 2)
        guard birthYear >= 1900, SOPDate.Calendar.exists(year: birthYear, month: birthMonth, day: number(6, 2)) else {
            return refuse(.birthDate(String(digits.prefix(8))))
        }
        let tmtYear = number(8, 4), tmtMonth = number(12, 2)
        guard tmtYear >= 1900, (1...12).contains(tmtMonth) else {
            return refuse(.tmt(String(digits.dropFirst(8).prefix(6))))
        }
        guard (tmtYear, tmtMonth) > (birthYear, birthMonth) else { return refuse(.tmtBeforeBirth) }
        let sex = digits[digits.index(digits.startIndex, offsetBy: 14)]
        guard sex == "1" || sex == "2" else { return refuse(.sex(sex)) }
        return .success(digits)
    }
}
