import SOPCore
import Testing

@testable import SOPModel

/// The two real SOPs of BPS Provinsi Bengkulu, transcribed from signed PDFs: the language must
/// express them faithfully, not only SOP 01.
@Suite struct LayananPengaduanTests {
    let result = SOPLoader.load(path: Paths.fixture("examples/bps-layanan-pengaduan.yaml"))

    var sop: SOP {
        get throws { try #require(result.sop) }
    }

    @Test func loadsWithoutDiagnostics() {
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
    }

    @Test func identity() throws {
        let sop = try sop
        #expect(sop.nomor == "SOP-1-107/17000/2025")
        #expect(sop.identity.unit?.value == "TIM DISEMINASI STATISTIK")
        #expect(sop.identity.dates.effectiveLabel == .pengesahan)
        #expect(sop.identity.dates.efektif?.value == .day(year: 2025, month: 2, day: 25))
        #expect(sop.identity.approver?.nip?.value == "196608251988021001")
        #expect(sop.identity.approver?.pangkat == nil)
        #expect(sop.identity.dasarHukum?.count == 6)
        #expect(sop.identity.pencatatanPendataan?.isEmpty == true)
    }

    @Test func externalActorAndChannel() throws {
        let sop = try sop
        #expect(sop.actor("pengguna-layanan")?.kind == .eksternal)
        #expect(sop.actor("sarana-pelayanan")?.kind == .sarana)
        #expect(sop.actors.filter(\.kind.operatesSystem).map(\.id.value) == ["resepsionis", "petugas-layanan"])
    }

    @Test func decisionsWithAnyLabels() throws {
        let sop = try sop
        guard case .decision(let online) = try #require(sop.step("2")).flow,
            case .decision(let channel) = try #require(sop.step("4")).flow
        else {
            Issue.record("steps 2 and 4 are decisions")
            return
        }
        #expect(online.question == nil, "no question is printed in the diamond")
        #expect(online.branches.map(\.label.value) == ["Ya", "tidak"])
        #expect(online.branches.map(\.target.value) == [.step("sampaikan-pada-sarana"), .step("3")])
        #expect(channel.question == nil)
        #expect(channel.branches.map(\.label.value) == ["Kotak Pengaduan", "Tatap muka"])
        #expect(channel.branches.map(\.target.value) == [.step("sampaikan-pada-sarana"), .step("5")])
        #expect(sop.step("4")?.drawnSymbol == .keputusan)
    }

    @Test func unnumberedRow() throws {
        let sop = try sop
        let row = try #require(sop.step("sampaikan-pada-sarana"))
        #expect(row.number == nil)
        #expect(row.idIsExplicit)
        #expect(sop.stepIndex("sampaikan-pada-sarana") == 5)
        #expect(row.performer.value == "sarana-pelayanan")
        guard case .next(let target?) = row.flow else {
            Issue.record("the unnumbered row continues at 6")
            return
        }
        #expect(target.value == .step("6"))
    }

    @Test func terminatorsAndTimes() throws {
        let sop = try sop
        #expect(sop.steps.first?.drawnSymbol == .terminator)
        #expect(sop.steps.last?.drawnSymbol == .terminator)
        let telaah = try #require(sop.step("6")?.mutuBaku.waktu?.duration)
        #expect(telaah.unit == .hariKerja && telaah.low == 10 && telaah.basis == .working)
        // The longest path (tester 28, F13): rows 3, 5 and 8 (10 + 60 + 10 menit); the online
        // row (30 menit) is an alternative of rows 3–5, not added to them.
        #expect(sop.totalWaktu.parts[.workingMinutes] == 80...80)
        #expect(sop.totalWaktu.parts[.workingDays] == 10...10)
    }

    @Test func noServiceHoursInTheIdentity() throws {
        // The hours are printed only in row 2's Ket, not in the identity: nothing is added.
        #expect(try sop.serviceHours == nil)
        #expect(try sop.step("2")?.keterangan?.contains("Senin-Kamis (08.00-15.30 WIB), Jumat (08.00-16.00 WIB)") == true)
    }
}

@Suite struct LaporanGratifikasiTests {
    let result = SOPLoader.load(path: Paths.fixture("examples/bps-laporan-gratifikasi.yaml"))

    var sop: SOP {
        get throws { try #require(result.sop) }
    }

    @Test func loadsWithoutDiagnostics() {
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
    }

    @Test func approverWithoutNIP() throws {
        let approver = try #require(try sop.identity.approver)
        #expect(approver.nama?.value == "Win Rizal")
        #expect(approver.nip == nil && approver.pangkat == nil)
    }

    @Test func otherAgency() throws {
        let sop = try sop
        #expect(sop.actor("kpk")?.kind == .instansi)
        #expect(sop.step("5")?.performer.value == "kpk")
    }

    @Test func parallelSplitAndJoin() throws {
        let sop = try sop
        // As signed: no `paralel` or `menunggu`; the two boxes of row 3 are a parallel row.
        guard case .next(nil) = try #require(sop.step("2")).flow else {
            Issue.record("step 2 flows to the next row")
            return
        }
        #expect(sop.steps.rowKind(of: 2..<4) == .paralel)
        #expect(try #require(sop.step("4")).waitsFor.isEmpty)
        // The two parallel boxes share printed row 3.
        #expect(sop.rows.map { $0.map(\.id.value) } == [["1"], ["2"], ["rapat-ketua", "rapat-anggota"], ["4"], ["5"], ["6"], ["7"]])
    }

    @Test func decisionSkipsToTheEnd() throws {
        guard case .decision(let decision) = try #require(try sop.step("4")).flow else {
            Issue.record("step 4 is a decision")
            return
        }
        #expect(decision.branches.map(\.label.value) == ["Ya", "Tidak"])
        #expect(decision.branches.map(\.target.value) == [.step("5"), .step("7")])
    }

    @Test func times() throws {
        let sop = try sop
        let day = try #require(sop.step("2")?.mutuBaku.waktu?.duration)
        #expect(day.isMultipleOf24Hours && day.basis == .calendar && day.low == 24)
        #expect(sop.step("4")?.mutuBaku.waktu?.duration?.unit == .hariKerja)
        #expect(sop.step("6")?.mutuBaku.waktu == nil)
        // Row 3 is done in parallel: it counts once.
        #expect(sop.totalWaktu.parts[.workingMinutes] == 180...180)
        #expect(sop.totalWaktu.parts[.calendarMinutes] == 1440...1440)
        #expect(sop.totalWaktu.parts[.workingDays] == 31...31)
        #expect(WaktuFormatter.format(sop.totalWaktu, .id) == "3 jam + 1 x 24 jam + 31 hari kerja")
    }
}
