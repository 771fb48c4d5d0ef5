import Foundation
import SOPCore
import Testing

@testable import SOPModel

/// What staff and officials read, at the model's level (issue 10, the sixth outside test's
/// findings 9, 10, 13 and 14).
@Suite struct PrintFindingModelTests {
    // MARK: Finding 9: "2 jam, 30 menit"

    @Test func unitsOfOneDurationWithACommaAreTheCompound() {
        guard case .exact(let compound) = WaktuParser.read("2 jam 30 menit") else {
            Issue.record("2 jam 30 menit unread")
            return
        }
        #expect(WaktuParser.read("2 jam, 30 menit") == .inText(compound, read: "2 jam 30 menit"))
        guard case .exact(let maximum) = WaktuParser.read("paling lambat 2 jam 30 menit") else { return }
        #expect(WaktuParser.read("paling lambat 2 jam, 30 menit") == .inText(maximum, read: "paling lambat 2 jam 30 menit"))
        guard case .exact(let dayAndHours) = WaktuParser.read("1 hari 2 jam") else { return }
        #expect(WaktuParser.read("1 hari, 2 jam") == .inText(dayAndHours, read: "1 hari 2 jam"))
    }

    @Test func durationsThatAreNotOneCompoundStaySeveral() {
        #expect(WaktuParser.read("5 menit, 10 menit") == .several(["5 menit", "10 menit"]))
        #expect(WaktuParser.read("30 menit, 2 jam") == .several(["30 menit", "2 jam"]))
        #expect(WaktuParser.read("1 hari (online), 3 hari (datang langsung)") == .several(["1 hari", "3 hari"]))
    }

    @Test func theNoteForSeveralDurationsSuggestsTheLongestNeverTheSmallerPart() throws {
        let result = SOPLoader.load(text: """
            nomor: "03"
            judul: Domisili
            pelaksana: [{id: fo, nama: Petugas, jenis: staf}]
            kegiatan:
              - {no: 1, uraian: Menerima, pelaksana: fo, mutu_baku: {waktu: "30 menit, 2 jam"}}
            """, path: "x.yaml")
        let finding = try #require(result.diagnostics.first { $0.code == "waktu-several" })
        #expect(finding.notes.contains { $0.message.id.contains("'waktu_baku: 2 jam'") }, "\(finding.notes.map(\.message.id))")
    }

    // MARK: Finding 10: items named with or without their marks

    @Test func anItemIsNamedWithOrWithoutItsListLetterAndClosingMark() {
        let known = ["a. Surat pengantar RT/RW;", "b. Fotokopi KTP;", "c. Fotokopi Kartu Keluarga."]
        #expect(PrintedItem.match("a. Surat pengantar RT/RW;", among: known) == known[0])
        #expect(PrintedItem.match("a. Surat pengantar RT/RW", among: known) == known[0])
        #expect(PrintedItem.match("surat pengantar rt/rw", among: known) == known[0])
        #expect(PrintedItem.match("Fotokopi Kartu Keluarga", among: known) == known[2])
        #expect(PrintedItem.match("Fotokopi", among: known) == nil)
        // Two items with one key: neither is guessed.
        #expect(PrintedItem.match("KTP", among: ["a. KTP;", "b. KTP."]) == nil)
    }

    @Test func anItemInASentenceLosesItsClosingMarkAndItalicMarkers() {
        #expect(PrintedItem.inSentence("c. Fotokopi Kartu Keluarga.") == "c. Fotokopi Kartu Keluarga")
        #expect(PrintedItem.inSentence("a. Surat pengantar RT/RW;") == "a. Surat pengantar RT/RW")
        // An abbreviation keeps its full stop.
        #expect(PrintedItem.inSentence("Surat pernyataan, dll.") == "Surat pernyataan, dll.")
        #expect(PrintedItem.inSentence("Ijazah S.H.") == "Ijazah S.H.")
        #expect(PrintedItem.inSentence("*Copy* KTP;") == "Copy KTP")
    }

    // MARK: Finding 13: a mistyped phone or NIK, masked and explained

    @Test func aMistypedPhoneSaysWhatIsWrongAndStaysMasked() throws {
        let phone = try FaultInputTests.field("telepon")
        let cases: [(String, String)] = [
            ("0812", "nomor telepon '0••2' tidak sah: tertulis 4 angka, perlu 8-15; tulis 8-15 angka diawali 0, 62 atau +"),
            ("0812-34a5-6789", "nomor telepon '0812••••••••89' tidak sah: karakter ke-8 ('a') bukan angka; tulis 8-15 angka diawali 0, 62 atau +"),
            ("812345678", "nomor telepon '81•••••78' tidak sah: diawali '8'; tulis 8-15 angka diawali 0, 62 atau +"),
        ]
        for (typed, message) in cases {
            guard case .failure(let problem) = phone.validate(typed) else {
                Issue.record("\(typed) accepted")
                continue
            }
            #expect(problem.message.id == message)
        }
        #expect(phone.validate("+62 812 3456 7890") == .success("+6281234567890"))
    }

    @Test func aMistypedNIKSaysWhereWithoutShowingIt() throws {
        let nik = try FaultInputTests.field("nik")
        guard case .failure(let letter) = nik.validate("3573O14101900001") else { throw CancellationError() }
        #expect(letter.message.id == "NIK harus 16 angka; tertulis 16 karakter (15 angka): karakter ke-5 ('O') bukan angka")
        guard case .failure(let short) = nik.validate("357301410190") else { throw CancellationError() }
        #expect(short.message.id == "NIK harus 16 angka; tertulis 12 karakter (12 angka)")
        guard case .failure(let month) = nik.validate("3573011513900001") else { throw CancellationError() }
        #expect(month.message.id == "NIK 3573••••••••0001 tidak memuat tanggal lahir yang sah: bulan lahir (angka ke-9 dan 10) bukan 01-12")
        guard case .failure(let day) = nik.validate("3573013501900001") else { throw CancellationError() }
        #expect(day.message.id.hasSuffix("hari lahir (angka ke-7 dan 8) bukan 01-31, atau 41-71 untuk perempuan"))
        guard case .failure(let date) = nik.validate("3573013102900001") else { throw CancellationError() }
        #expect(date.message.id.hasSuffix("tanggal lahir (angka ke-7 s.d. 12, hhbbtt) tidak ada di kalender"))
        #expect(!date.message.id.contains("3573013102900001"))
    }

    // MARK: Finding 14: "NIP. 19780512 …" as printed

    @Test func aNIPCopiedWithItsLabelIsPrintedAsTyped() {
        #expect(Approver.nipLabelLength("NIP. 19780512 200501 1 003") == 5)
        #expect(Approver.nipLabelLength("nip:196608251988021001") == 4)
        #expect(Approver.nipLabelLength("19780512 200501 1 003") == 0)
        #expect(Approver.nipLabelLength("NIPA") == 0)
        var approver = Approver(nip: Located("NIP. 19780512 200501 1 003", at: Mark(line: 1, column: 1)))
        #expect(approver.printedNIP == "NIP. 19780512 200501 1 003")
        approver.nip = Located("19780512 200501 1 003", at: Mark(line: 1, column: 1))
        #expect(approver.printedNIP == "NIP. 19780512 200501 1 003")
    }
}
