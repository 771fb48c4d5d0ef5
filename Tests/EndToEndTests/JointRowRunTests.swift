import Foundation
import Testing

/// A joint row through the real binary (tester 28, F17): row 2 of Tests/Fixtures/bersama is written
/// `pelaksana: operator, bersama: [fo]`, as row 10 of the signed KTP-el SOP. With the roster in force and two
/// operators logged in (SOP_TEST_LOGIN): the front office's holder finds the row in `sop tasks`,
/// completes it with `sop run --case` or `sop kolektif` in their own role, the timeline names
/// them with that role, the row leaves the operator's worklist too, a third role is refused, and
/// `sop db verify` finds the store whole.
@Suite("A joint row completed by its second actor through the binary")
struct JointRowRunTests {
    let folder: URL
    let database: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-bersama-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sop"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: SOPBinary.root.appendingPathComponent("Tests/Fixtures/bersama/12-ktp.yaml"),
                                         to: folder.appendingPathComponent("sop/12-ktp.yaml"))
        database = folder.appendingPathComponent("sop.sqlite").path
    }

    /// `sop` as the OS login `login`.
    func sop(_ arguments: [String], as login: String, stdin: String? = nil) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments + ["--sop-dir", folder.appendingPathComponent("sop").path],
                          environment: ["SOP_DB": database, "SOP_FIXED_TIME": "2026-12-07T09:00:00+07:00", "SOP_TEST_LOGIN": login],
                          stdin: stdin)
    }

    @Test func theFrontOfficeCompletesTheOperatorsJointRowInItsOwnRole() throws {
        for (login, role) in [("ani", "pengelola-peran"), ("rina", "fo"), ("dodi", "operator"), ("hendra", "kabid")] {
            let granted = try sop(["roster", "grant", login, role], as: "ani")
            #expect(granted.status == 0, "\(granted.stderr)")
        }
        for name in ["Siti", "Budi", "Ani"] {
            let run = try sop(["run", "12"], as: "rina", stdin: "\(name)\n\n")
            #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
            // A new case's walk stops before the joint row, handing it to the operator.
            #expect(!run.stdout.contains("KTP-el tercetak"), "\(run.stdout)")
        }
        // Both roles' worklists hold the row (before: "Tidak ada kegiatan yang menunggu untuk fo.").
        let rinaTasks = try sop(["tasks"], as: "rina")
        #expect(rinaTasks.status == 0, "\(rinaTasks.stderr)")
        #expect(rinaTasks.stdout.contains("12-2026-000001") && rinaTasks.stdout.contains("12-2026-000003"), "\(rinaTasks.stdout)")
        let dodiTasks = try sop(["tasks"], as: "dodi")
        #expect(dodiTasks.stdout.contains("12-2026-000001"), "\(dodiTasks.stdout)")
        let cases = try sop(["cases"], as: "ani")
        #expect(cases.stdout.contains("Operator Perekaman") && cases.stdout.contains("Petugas Front Office"), "\(cases.stdout)")

        // rina continues case 1 and completes row 2 in her own role.
        let done = try sop(["run", "--case", "12-2026-000001"], as: "rina", stdin: "KTP-el 1 lembar\n\n")
        #expect(done.status == 0, "\(done.stdout)\(done.stderr)")
        #expect(done.stdout.contains("Kegiatan 2 selesai"), "\(done.stdout)")
        let events = try sop(["case", "12-2026-000001", "--events"], as: "rina")
        let rows = events.stdout.split(separator: "\n").filter { $0.contains("rina") && $0.contains("Petugas Front Office") }
        #expect(rows.contains { $0.contains("output") || $0.contains("Output") } || rows.count >= 2, "\(events.stdout)")
        #expect(!events.stdout.contains("⚠"), "\(events.stdout)")
        let timeline = try sop(["case", "12-2026-000001"], as: "rina")
        #expect(timeline.stdout.contains("rina (Petugas Front Office)"), "\(timeline.stdout)")
        // Gone from both worklists: the operator's and the front office's.
        #expect(!(try sop(["tasks"], as: "dodi")).stdout.contains("12-2026-000001"))
        #expect(!(try sop(["tasks"], as: "rina")).stdout.contains("12-2026-000001"))
        #expect((try sop(["tasks"], as: "hendra")).stdout.contains("12-2026-000001"))

        // rina corrects the answer she recorded on the joint row, in her own role (before: refused as
        // "jawaban kegiatan 2 hanya dapat dikoreksi oleh peran Operator Perekaman").
        let corrected = try sop(["correct", "12-2026-000001", "--kegiatan", "2", "--output", "KTP-el tercetak=KTP-el 2 lembar",
                                 "--alasan", "salah hitung"], as: "rina")
        #expect(corrected.status == 0, "\(corrected.stdout)\(corrected.stderr)")
        #expect(corrected.stdout.contains("✓ Kasus 12-2026-000001: KTP-el tercetak dikoreksi dari"), "\(corrected.stdout)")
        let correctedEvents = try sop(["case", "12-2026-000001", "--events"], as: "rina")
        let correctionRow = correctedEvents.stdout.split(separator: "\n").filter { $0.contains("answer-corrected") || $0.contains("koreksi") }
        #expect(correctionRow.contains { $0.contains("rina") && $0.contains("Petugas Front Office") }, "\(correctedEvents.stdout)")
        // A third role may not correct it.
        let thirdCorrects = try sop(["correct", "12-2026-000001", "--kegiatan", "2", "--output", "KTP-el tercetak=x", "--alasan", "coba"],
                                    as: "hendra")
        #expect(thirdCorrects.status == 1, "\(thirdCorrects.stdout)\(thirdCorrects.stderr)")
        #expect(thirdCorrects.stderr.contains("jawaban kegiatan 2 hanya dapat dikoreksi oleh peran Operator Perekaman"), "\(thirdCorrects.stderr)")

        // Pausing the case from the joint row stays with the operator's role: rina is told so.
        let pause = try sop(["run", "--case", "12-2026-000002"], as: "rina", stdin: "/jeda\n")
        #expect(pause.stdout.contains("✗ Anda mengerjakan kegiatan 2 bersama, sebagai 'Petugas Front Office': Anda dapat menjawab, mengoreksi dan menyelesaikannya, tetapi menjeda, melanjutkan atau membatalkan kasus tetap dilakukan oleh peran kegiatan itu sendiri, 'Operator Perekaman'."),
                "\(pause.stdout)\(pause.stderr)")
        let english = try sop(["run", "--case", "12-2026-000002", "--lang", "en"], as: "rina", stdin: "/batal pemohon pindah\ny\n")
        #expect(english.stdout.contains("but pausing, resuming or cancelling the case stays with the step's own role, 'Operator Perekaman'."),
                "\(english.stdout)\(english.stderr)")
        #expect(!(try sop(["case", "12-2026-000002"], as: "rina")).stdout.contains("dijeda"))
        // Two cases open at the joint row, each waiting in both roles' worklists: the store is whole
        // (before: "daftar tugas (case_task) tersimpan '2#1 fo …, 2#1 operator …', menurut kejadian '2#1 operator …'").
        let whileOpen = try sop(["db", "verify"], as: "ani")
        #expect(whileOpen.status == 0, "\(whileOpen.stdout)\(whileOpen.stderr)")

        // A third role cannot take it.
        let kabid = try sop(["run", "--case", "12-2026-000002"], as: "hendra", stdin: "x\n")
        #expect(kabid.stdout.contains("Tidak ada kegiatan untuk peran Anda"), "\(kabid.stdout)\(kabid.stderr)")

        // The rest at once by the front office (`sop kolektif`), each in its own role.
        let collective = try sop(["kolektif", "12", "--kegiatan", "2"], as: "rina", stdin: "\nKTP-el cetak 07-12\ny\n")
        #expect(collective.status == 0, "\(collective.stdout)\(collective.stderr)")
        #expect(collective.stdout.contains("Selesai secara kolektif: 2 dari 2 kasus."), "\(collective.stdout)")
        #expect(!(try sop(["tasks"], as: "dodi")).stdout.contains("12-2026-00000"))

        let verified = try sop(["db", "verify"], as: "ani")
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        #expect(!verified.stdout.contains("bukan peran"), "\(verified.stdout)")
    }
}
