import SOPCore
import Testing

@testable import SOPModel

/// `angka` answers read the Indonesian way (tester 34, F6), and what is refused says what to
/// write: never a whole number the officer did not mean (tester 36, N1: "2.5" was answered
/// "tulis 25 … untuk bilangan bulat", and a kasir could record Rp 25).
@Suite struct IndonesianNumberTests {
    @Test(arguments: [("Rp 85.000", "85000"), ("85.000", "85000"), ("1.250.000", "1250000"), ("85000", "85000"),
                      ("2,5", "2.5"), ("Rp. 1.250.000,50", "1250000.50"), ("-3", "-3"), ("0", "0")])
    func readsTheIndonesianWay(_ typed: String, _ recorded: String) {
        #expect(IndonesianNumber.read(typed) == .success(recorded))
    }

    @Test func aPointThatGroupsNoThousandsOffersOnlyTheFraction() {
        #expect(IndonesianNumber.read("2.5") == .failure(.pointNotGrouping(written: "2,5")))
        #expect(IndonesianNumber.read("0.500") == .failure(.pointNotGrouping(written: "0,500")))
        guard case .failure(let problem) = FormField.FieldType.angka.normalize("2.5", options: [], label: "Jumlah retribusi (Rp)") else {
            Issue.record("'2.5' was accepted")
            return
        }
        #expect(problem.message.id == "Jumlah retribusi (Rp): '2.5' tidak terbaca: titik memisahkan ribuan (tiga angka sesudahnya, "
            + "seperti 1.250.000) dan koma menandai pecahan: untuk pecahan tulis 2,5")
        #expect(!problem.message.id.contains("25 "))
    }

    @Test func threeDigitsAfterACommaStillReadTwoWays() {
        #expect(IndonesianNumber.read("85,000") == .failure(.ambiguous(plain: "85000", fraction: "85,0")))
    }

    @Test(arguments: ["", "Rp", "12a", "1,2,3", ".5", "5."])
    func whatIsNoNumberIsRefused(_ typed: String) {
        #expect(IndonesianNumber.read(typed) == .failure(.notANumber))
    }
}
