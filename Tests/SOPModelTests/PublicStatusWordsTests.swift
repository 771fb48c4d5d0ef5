import SOPCore
import Testing

/// The public status page's sentence ends with one full stop, also when the actor's printed name
/// ends in its own ("Kasi Pem.": tester 27 saw "sedang diproses oleh Kasi Pem..").
@Suite struct PublicStatusWordsTests {
    @Test func aNameEndingInAFullStopEndsTheSentence() {
        #expect(Catalog.PublicStatus.statusStage("5", of: "12", who: "Kasi Pem.").text(.id)
                == "Sedang dikerjakan: tahap 5 dari 12, sedang diproses oleh Kasi Pem.")
        #expect(Catalog.PublicStatus.statusStage("5", of: "12", who: "Kasi Pem.").text(.en)
                == "In progress: stage 5 of 12, being handled by Kasi Pem.")
        #expect(Catalog.PublicStatus.statusStage("2", of: "6", who: "Staf Pengaduan").text(.id)
                == "Sedang dikerjakan: tahap 2 dari 6, sedang diproses oleh Staf Pengaduan.")
    }
}
