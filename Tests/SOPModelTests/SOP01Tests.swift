import SOPCore
import Testing

@testable import SOPModel

/// The Dinas's first SOP, pinned to the signed document.
@Suite struct SOP01Tests {
    let result = SOPLoader.load(path: Paths.sop01)

    var sop: SOP {
        get throws { try #require(result.sop) }
    }

    @Test func loadsWithoutDiagnostics() {
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message.en))")
    }

    @Test func shape() throws {
        let sop = try sop
        #expect(sop.steps.count == 6)
        #expect(sop.actors.count == 4)
        #expect(sop.totalWaktu.workingMinutes == 100...100)
        #expect(sop.totalWaktu.parts.count == 1)
        #expect(WaktuFormatter.format(sop.totalWaktu, .id) == "1 jam 40 menit")
    }

    @Test func identityAsPrinted() throws {
        let identity = try sop.identity
        #expect(identity.nomor.value == "01")
        #expect(identity.judul.value == "Pelayanan Pengaduan Langsung")
        #expect(identity.instansi?.value == "Dinas Koperasi, Perindustrian dan Perdagangan Kota Malang")
        #expect(identity.dates.pembuatan?.value == .month(year: 2021, month: 3))
        #expect(identity.dates.revisi?.value == SOPDate.Value.none)
        #expect(identity.dates.revisi?.text.value == "-")
        #expect(identity.dates.efektif?.value == .month(year: 2021, month: 3))
        #expect(identity.dates.effectiveLabel == .efektif)
        #expect(identity.approver?.nama?.value == "MUHAMAD SAILENDRA, ST., MM.")
        #expect(identity.approver?.pangkat?.value == "Pembina Tk. I")
        #expect(identity.approver?.nip?.value == "19700907 199602 1 001")
        #expect(identity.dasarHukum?.count == 4)
        #expect(identity.kualifikasiPelaksana?.count == 2)
        #expect(identity.keterkaitan?.map(\.value) == ["Penerimaan Pengaduan Secara Langsung"])
        #expect(identity.peralatanPerlengkapan?.map(\.value) == ["Ruang pengaduan", "Formulir pengaduan", "ATK"])
        // Empty in the source, and kept as empty (not absent).
        #expect(identity.peringatan?.isEmpty == true)
        #expect(identity.pencatatanPendataan?.isEmpty == true)
    }

    @Test func actors() throws {
        let sop = try sop
        #expect(sop.actors.map(\.id.value) == ["pelapor", "resepsionis", "staf-pengaduan", "bidang-terkait"])
        #expect(sop.actors.map(\.name) == ["Pelapor", "Resepsionis", "Staf layanan pengaduan", "Bidang Terkait"])
        #expect(sop.actors.map(\.kind) == [.eksternal, .staf, .staf, .staf])
        #expect(!sop.actors[0].kind.operatesSystem)
    }

    @Test func stepsAsPrinted() throws {
        let steps = try sop.steps
        #expect(steps.map(\.number) == ["1", "2", "3", "4", "5", "6"])
        #expect(steps.map(\.id.value) == ["1", "2", "3", "4", "5", "6"])
        #expect(steps[0].section == Section(code: "A", title: "Proses Penerimaan Pengaduan"))
        #expect(steps.dropFirst().allSatisfy { $0.section == nil })
        #expect(steps.map(\.performer.value) == ["pelapor", "resepsionis", "staf-pengaduan", "staf-pengaduan", "staf-pengaduan", "pelapor"])
        #expect(steps[3].involved.map(\.value) == ["bidang-terkait"])
        #expect(steps[1].uraian.value.hasSuffix("yang dibutuhkan;"))
        #expect(steps[4].uraian.value == "Staf layanan pengaduan Menyusun laporan/informasi, dan menyampaikannya kepada pelapor")
        #expect(steps.map(\.mutuBaku.waktu?.text.value) == ["5 menit", nil, "30 menit", nil, "60 menit", "5 menit"])
        #expect(steps[1].mutuBaku.isEmpty && steps[3].mutuBaku.isEmpty)
        #expect(steps.map { $0.mutuBaku.kelengkapan.map(\.text.value) } == [["Identitas"], [], ["Berkas pengaduan"], [], ["Berkas analisis"], ["Berkas pendukung"]])
        #expect(steps.map { $0.mutuBaku.output.map(\.value) } == [["Data pelapor"], [], ["Analisis Pengaduan"], [], ["Bahan/data/informasi dari bidang"], ["Form Penerimaan Layanan"]])
        for step in steps {
            guard case .next(nil) = step.flow else {
                Issue.record("step \(step.id.value) should flow to the next row")
                continue
            }
        }
    }

    @Test func dataPelaporForm() throws {
        let form = try sop.steps[0].form
        #expect(form.map(\.name.value) == ["nama", "nik", "telepon", "alamat", "cara_menghubungi", "maksud"])
        #expect(form.map(\.type.value) == [.teks, .nik, .telepon, .teks, .pilihan, .teks])
        #expect(form.map(\.required) == [true, false, true, false, true, true])
        #expect(form[4].options.map(\.value) == ["Telepon", "Datang langsung"])
        #expect(form.filter(\.type.value.isPersonal).map(\.name.value) == ["nik", "telepon"])
    }

    @Test func folderResolvesByNomorAndPrefix() throws {
        let folder = SOPFolder(path: Paths.sopFolder)
        #expect(try folder.resolve("01").sop?.nomor == "01")
        #expect(try folder.resolve(Paths.sop01).sop?.nomor == "01")
        #expect(throws: SOPFolder.Failure.self) { try folder.resolve("99") }
        #expect(throws: SOPFolder.Failure.missingFolder("/nonexistent")) { try SOPFolder(path: "/nonexistent").files() }
    }
}
