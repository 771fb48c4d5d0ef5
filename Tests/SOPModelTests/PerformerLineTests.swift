import Foundation
import SOPCore
import Testing

@testable import SOPModel

/// How lists (`sop tasks`, `sop case`, the web's worklist and timeline) name a step, as the step
/// screen does: an outside party's step with the role recording it, a `bersama` row with its
/// other actors, any other step by its role.
@Suite struct PerformerLineTests {
    static let sop = SOPLoader.load(text: """
        nomor: "07"
        judul: Usul
        pelaksana:
          - {id: analis, nama: Analis Kepegawaian BKPSDM, jenis: staf}
          - {id: kabid, nama: Kepala Bidang Mutasi dan Promosi, jenis: staf}
          - {id: bkn, nama: BKN Kantor Regional I, jenis: instansi, dicatat_oleh: analis}
        kegiatan:
          - {no: 1, uraian: Menyusun usul, pelaksana: analis}
          - {no: 2, uraian: Memproses usul, pelaksana: bkn, mutu_baku: {waktu: Sesuai jadwal BKN}}
          - {no: 3, uraian: Mengoreksi konsep SK, pelaksana: analis, bersama: [kabid], lanjut: selesai}
        """, path: "07.yaml").sop!

    @Test func outsidePartiesAndJointRowsAreNamedAsTheStepScreenNamesThem() {
        #expect(Self.sop.performerLine(ofStep: "1", role: "analis", .id) == "Analis Kepegawaian BKPSDM")
        #expect(Self.sop.performerLine(ofStep: "2", role: "analis", .id)
            == "BKN Kantor Regional I (dicatat oleh Analis Kepegawaian BKPSDM)")
        #expect(Self.sop.performerLine(ofStep: "2", role: "analis", .en)
            == "BKN Kantor Regional I (recorded by Analis Kepegawaian BKPSDM)")
        #expect(Self.sop.performerLine(ofStep: "3", role: "analis", .id)
            == "Analis Kepegawaian BKPSDM bersama Kepala Bidang Mutasi dan Promosi")
        // A step the pinned revision no longer has: the role as stored.
        #expect(Self.sop.performerLine(ofStep: "9", role: "analis", .id) == "Analis Kepegawaian BKPSDM")
    }
}
