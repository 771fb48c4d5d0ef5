import Foundation
import Testing

/// `sop lint` gives the flow's findings in the same run as the loader's (issue 10), in file
/// order. A problem in a step's own flow key leaves only where that step goes unknown: the rules
/// that follow the flow treat it as able to go anywhere (no cascade), the others run.
@Suite("sop lint: flow findings with loader findings in one run")
struct LintFlowTogetherTests {
    static func lint(_ text: String) throws -> SOPBinary.Output {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-lintflow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("07-izin.yaml").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return try SOPBinary.run(["lint", file, "--format", "json"])
    }

    static let head = """
        nomor: "07"
        judul: Izin
        pelaksana:
          - {id: petugas, nama: Petugas, jenis: staf}
        kegiatan:
          - no: 1
            uraian: Menerima berkas
            pelaksana: petugas
            mutu_baku: {waktuu: 5 menit}
            lanjut: periksa

        """

    static func findings(_ output: SOPBinary.Output) throws -> [String] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let list = try #require(json["diagnostics"] as? [[String: Any]])
        return list.map { "\($0["line"] as? Int ?? 0):\($0["rule"] as? String ?? "")" }
    }

    @Test func aProblemInACellLeavesTheFlowRulesRunning() throws {
        let output = try Self.lint(Self.head + """
              - no: 2
                uraian: Memeriksa
                pelaksana: petugas
                keterangan: [a, b]
            """)
        #expect(output.status == 1)
        #expect(try Self.findings(output) == ["9:unknown-key", "10:flow-unknown-target", "14:wrong-type"])
    }

    @Test func aStepsUnreadableWayOnHoldsBackOnlyWhatDependsOnIt() throws {
        let output = try Self.lint(Self.head + """
              - no: 2
                uraian: Memeriksa
                pelaksana: petugas
                lanjut: [1, 3]
            """)
        #expect(output.status == 1)
        // Where step 2 goes is unknown; step 1's unknown target is still found, in file order.
        #expect(try Self.findings(output) == ["9:unknown-key", "10:flow-unknown-target", "14:wrong-type"])
    }

    @Test func oneBrokenFlowKeyGivesOneFindingAndTheOtherFlowFindingsStay() throws {
        let output = try Self.lint("""
            nomor: "07"
            judul: Izin
            pelaksana:
              - {id: petugas, nama: Petugas, jenis: staf}
            kegiatan:
              - no: 1
                uraian: Memeriksa berkas
                pelaksana: petugas
                keputusan: {cabang: {Ya: 2, Tidak: 4}}
              - {no: 2, uraian: Meminta perbaikan, pelaksana: petugas, lanjut: 3}
              - {no: 3, uraian: Menunggu perbaikan, pelaksana: petugas, lanjut: 2}
              - no: 4
                uraian: Mencatat berkas
                pelaksana: petugas
                lanjut: [5, 6]
              - {no: 5, uraian: Mengarsipkan berkas, pelaksana: petugas, lanjut: selesai}
              - {no: 6, uraian: Menyerahkan berkas, pelaksana: petugas}
              - no: 7
                uraian: Memutuskan
                pelaksana: petugas
                keputusan: {cabang: {Ya: selesai}}

            """)
        #expect(output.status == 1)
        // The loop 2-3 with no way out is found; step 6 is not called unreachable because
        // step 4's way on could not be read (it may lead there), nor step 7.
        #expect(try Self.findings(output) == ["10:flow-no-exit", "15:wrong-type", "21:decision-branch-count"])
    }
}
