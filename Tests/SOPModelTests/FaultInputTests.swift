import Foundation
import SOPCore
import Testing

@testable import SOPModel

/// Issue 12, at the level of the libraries: the one file reader, personal data in messages,
/// NIK birth dates, line endings and control characters.
@Suite struct FaultInputTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sop-faults-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func onlyRegularFilesAreRead() throws {
        let folder = try Self.folder()
        #expect(mkfifo(folder + "/pipa.yaml", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/putar.yaml", withDestinationPath: "putar.yaml")
        #expect(FileManager.default.createFile(atPath: folder + "/biasa.yaml", contents: Data("a: 1\n".utf8)))
        // A FIFO without a writer would block a plain open(2) for ever: refused at once.
        #expect(FileReader.read(folder + "/pipa.yaml", limit: 100) == .failure(.notRegular(kind: .fifo)))
        #expect(FileReader.read("/dev/zero", limit: 100) == .failure(.notRegular(kind: .device)))
        #expect(FileReader.read(folder, limit: 100) == .failure(.isDirectory))
        #expect(FileReader.read(folder + "/putar.yaml", limit: 100) == .failure(.unreadable(reason: Catalog.Faults.reason(errno: ELOOP))))
        #expect(FileReader.read(folder + "/biasa.yaml/x", limit: 100) == .failure(.unreadable(reason: Catalog.Faults.reason(errno: ENOTDIR))))
        #expect(FileReader.read(folder + "/biasa.yaml", limit: 100) == .success(Array("a: 1\n".utf8)))
        // The loader and the folder say the same.
        let loaded = SOPLoader.load(path: folder + "/pipa.yaml")
        #expect(loaded.diagnostics.map(\.code) == ["io-unreadable"])
        #expect(loaded.diagnostics[0].message.id == "tidak dapat membaca '\(folder)/pipa.yaml': ini sebuah pipa bernama (FIFO), bukan berkas biasa; sebutkan berkas biasa")
        #expect(SOPLoader.load(path: folder).diagnostics[0].message.en.contains("this is a folder, not a regular file"))
    }

    @Test func theSizeMessageNamesWhatItLimits() {
        let failure = FileReader.Failure.tooLarge(bytes: 2000)
        #expect(failure.message(path: "a.pdf", limit: 1000, what: .attachment).id
            == "'a.pdf' berukuran 2000 byte, melebihi batas 1000 byte untuk sebuah lampiran; gunakan berkas yang lebih kecil")
        #expect(failure.message(path: "j.yaml", limit: 1000, what: .answers).en.contains("for an answers file"))
    }

    @Test func personalValuesAreMaskedToAtMostHalf() {
        let nik = FormField.FieldType.nik, phone = FormField.FieldType.telepon
        #expect(nik.masked("3573014101900001") == "3573••••••••0001")
        #expect(phone.masked("081234567890") == "0812••••••90")
        // The operator's prefix tells a corrected 0812… from 0813… apart.
        #expect(phone.masked("081234567890") != phone.masked("081334567890"))
        #expect(phone.masked("0812-3456-7890") == "0812••••••••90")
        #expect(phone.masked("+6281234567890") == "+628••••••••90")
        #expect(phone.masked("0812345678") == "081•••••78")
        #expect(phone.masked("08123456") == "08••••56")
        #expect(phone.masked("0812345") == "08••••5")
        #expect(phone.masked("081") == "0••")
        // A free text keeps its words; a NIK or phone number typed into it is masked where it stands.
        #expect(FormField.FieldType.teks.masked("Ani 081234567890") == "Ani 0812••••••90")
        #expect(FormField.FieldType.teks.masked("Surat No. 2025-0456 tanggal 08-12-2026") == "Surat No. 2025-0456 tanggal 08-12-2026")
        for value in ["08123456", "0812345678", "081234567890", "+6281234567890", "3573014101900001", "123456", "1", ""] {
            for type in [phone, nik] {
                let shown = type.masked(value).filter { $0 != "•" }.count
                #expect(shown * 2 <= value.count, "\(value) → \(type.masked(value))")
            }
        }
        // An ASCII value is cut on its bytes, anything else on its characters: the same cut.
        for value in ["3573014101900001", "0812 3456", "08\r\n12345678", "0812345é78", "०८१२३४५६७८", "+62 812-3456-7890"] {
            for type in [phone, nik] {
                let count = value.count
                let (head, tail) = type == phone ? (max(0, min(4, count / 2 - min(2, count / 4))), min(2, count / 4))
                    : (min(4, count / 4), min(4, count / 4))
                let expected = String(value.prefix(head)) + String(repeating: "•", count: count - head - tail) + String(value.suffix(tail))
                #expect(type.masked(value) == expected, "\(value)")
            }
        }
    }

    /// A NIK or phone typed into the wrong prompt is never quoted back whole.
    @Test func messagesNeverQuoteANIKOrAPhone() {
        #expect(PersonalEcho.quoted("3573014101900001") == "3573••••••••••01")
        #expect(PersonalEcho.quoted("y 0812-3456-7890") == "y 0812••••••90")
        #expect(PersonalEcho.quoted("+62 812 3456 7890") == "+628••••••••90")
        #expect(PersonalEcho.quoted("kamar 12, 2024") == "kamar 12, 2024")
        #expect(PersonalEcho.quoted("1234567") == "1234567")
        #expect(PersonalEcho.quoted("") == "")
        let yesNo = FormField.FieldType.yaTidak.normalize("3573014101900001", options: [], label: "Setuju")
        guard case .failure(let problem) = yesNo else { Issue.record("accepted a NIK as ya/tidak"); return }
        #expect(problem.message.id == "Setuju: jawab 'ya' atau 'tidak'; tertulis '3573••••••••••01'")
        let choice = FormField.FieldType.pilihan.normalize("0812 3456 7890", options: ["A"], label: "Cara")
        guard case .failure(let other) = choice else { Issue.record("accepted a phone as a choice"); return }
        #expect(!other.message.id.contains("3456") && other.message.en.contains("0812••••••90"))
    }

    /// An SOP of one step, with `step` added to the step's keys.
    static func sop(step: String) -> LoadResult {
        SOPLoader.load(text: """
            nomor: "1"
            judul: j
            pelaksana:
              - {id: a, nama: A, jenis: staf}
            kegiatan:
              - uraian: u
                pelaksana: a
            \(step)
            """, path: "f.yaml")
    }

    static func field(_ type: String) throws -> FormField {
        try #require(sop(step: "    formulir:\n      - {nama: x, label: X, jenis: \(type)}").sop?.steps.first?.form.first)
    }

    @Test func aNIKBirthDateIsADayOfTheRealCalendar() throws {
        let nik = try Self.field("nik")
        #expect(nik.validate("3573014101900001") == .success("3573014101900001"))  // 1 January '90, a woman (41)
        #expect(nik.validate("3573012902000001") == .success("3573012902000001"))  // 29 February 2000
        #expect(nik.validate("3573016902000001") == .success("3573016902000001"))  // the same, a woman
        for invalid in ["3573013102900001", "3573017102900001", "3573012902010001", "3573013104900001", "3573013201900001",
                        "3573014001900001", "3573010001900001", "3573011513900001"] {
            guard case .failure(let problem) = nik.validate(invalid) else {
                Issue.record("\(invalid) accepted")
                continue
            }
            #expect(!problem.message.id.contains(invalid), "the NIK is masked in the message")
            #expect(problem.message.id.contains("3573••••••••0001"))
        }
        let phone = try Self.field("telepon")
        guard case .failure(let problem) = phone.validate("0812345") else { throw CancellationError() }
        #expect(problem.message.id == "nomor telepon '08••••5' tidak sah: tertulis 7 angka, perlu 8-15; tulis 8-15 angka diawali 0, 62 atau +")
    }

    /// A mobile number (08…, 628…, +628…) has 10 to 13 digits from its 0 (tester 20's finding 6:
    /// "0812-3456" was taken); other numbers keep 8-15. The terminal and the web call this.
    @Test func aMobileNumberHasTenToThirteenDigits() throws {
        let phone = try Self.field("telepon")
        for short in ["0812-3456", "081234567", "628123456", "+62 812 3456", "08123456789012"] {
            guard case .failure(let problem) = phone.validate(short) else {
                Issue.record("\(short) accepted")
                continue
            }
            #expect(problem.message.id.contains("nomor HP (08…) tertulis"), "\(problem.message.id)")
            #expect(problem.message.id.contains("perlu 10-13"))
        }
        guard case .failure(let problem) = phone.validate("0812-3456") else { throw CancellationError() }
        #expect(problem.message.id == "nomor telepon '08•••••56' tidak sah: nomor HP (08…) tertulis 8 angka, perlu 10-13; tulis 8-15 angka diawali 0, 62 atau +")
        for valid in ["0812-3456-78", "0812 3456 7890", "+62 812 3456 7890", "6281234567890", "0341 123456", "021-5551234", "+1 202 555 0147"] {
            #expect((try? phone.validate(valid).get()) != nil, "\(valid) refused")
        }
    }

    @Test func everyLineBreakLibyamlCountsStartsALine() {
        for separator in ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"] {
            let source = SourceFile(path: "x", text: ["a: 1", "b: 2", "c: 3"].joined(separator: separator))
            #expect(source.lineCount == 3, "\(separator.unicodeScalars.map(\.value))")
            #expect((1...3).map { source.line($0) } == ["a: 1", "b: 2", "c: 3"], "\(separator.unicodeScalars.map(\.value))")
        }
        #expect(SourceFile(path: "x", text: "a\r\rb\n").line(2) == "")
    }

    /// Line starts are found eight bytes at a time: every break at every position within a word,
    /// after ASCII and after non-ASCII text ("é", "–", which are not breaks), is found.
    @Test func lineBreaksAreFoundAtEveryPositionOfTheWordScan() {
        let pieces = ["a", "bé", "Berkas – lengkap", "x: \"1\"", "", "0123456789abcdef", "ü"]
        for separator in ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"] {
            for shift in 0..<9 {
                let lines = pieces.map { String(repeating: "k", count: shift) + $0 } + ["akhir"]
                let source = SourceFile(path: "x", text: lines.joined(separator: separator))
                #expect(source.lineCount == lines.count, "\(separator.unicodeScalars.map(\.value)) shift \(shift)")
                #expect((1...lines.count).map { source.line($0) ?? "?" } == lines, "\(separator.unicodeScalars.map(\.value)) shift \(shift)")
            }
        }
    }

    @Test func controlCharactersAreMadeVisible() {
        #expect(TerminalText.visible("a\u{1B}[2Jb\u{0}\u{7}\tc\u{7F}") == "a␛[2Jb␀␇\tc␡")
        #expect(TerminalText.visible("x\u{9B}y\u{202E}z") == "x⟨U+009B⟩y⟨U+202E⟩z")
        #expect(TerminalText.visible("Siti Aminah · 5 menit") == "Siti Aminah · 5 menit")
        #expect(TerminalText.excerpt("\u{1B}\t\u{202E}x").unicodeScalars.count == 4)
    }

    @Test func aLongInvalidChoiceIsCheckedInOnePassAndQuotedShort() throws {
        let long = String(repeating: "x", count: 200_000)
        let result = Self.sop(step: "    simbol: \(long)")
        let diagnostic = try #require(result.diagnostics.first { $0.code == "invalid-choice" })
        #expect(diagnostic.message.id.count < 200)
        #expect(diagnostic.message.id.contains("… (+199940)"))
        #expect(diagnostic.notes.isEmpty)
        #expect(Suggestion.closest(to: long, among: ["proses", "keputusan"]) == nil)
        #expect(Suggestion.closest(to: "prose", among: ["proses", "keputusan"]) == "proses")
    }
}
