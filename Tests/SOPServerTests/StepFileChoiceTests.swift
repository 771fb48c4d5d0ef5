import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPServer
import Testing

/// An Output's file is chosen with a button in the page's language, not the browser's own
/// "Choose File / No file chosen" (tester 20, finding 17): the file control is visually hidden
/// but still reached by Tab, a `<label>` is the button, and /static/app.js names the file chosen.
@Suite struct StepFileChoiceTests {
    @Test func theFileButtonSpeaksThePagesLanguage() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (_, first) = try await CaseFlowTests.start(budi)
        let page = try await budi.get(first)
        let parts: [String] = [
            "<div class=\"pilih-berkas\"><span class=\"kecil\">atau berkas</span>",
            "<input type=\"file\" class=\"berkas\" id=\"of.0\" name=\"of.0\" data-nama=\"of.0-nama\" aria-describedby=\"of.0-nama\"",
            " accept=\".pdf,.jpg,.jpeg,.png,.txt,application/pdf,image/jpeg,image/png,text/plain\">",
            "<label for=\"of.0\" class=\"tombol\">Pilih berkas…</label>",
            "<span class=\"kecil nama-berkas\" id=\"of.0-nama\" data-kosong=\"Belum ada berkas dipilih.\" aria-live=\"polite\">",
            "Belum ada berkas dipilih.</span></div>",
        ]
        let expected = parts.joined()
        #expect(page.body.contains(expected))
        let english = try await budi.get(first + "?lang=en")
        #expect(english.body.contains("<label for=\"of.0\" class=\"tombol\">Choose a file…</label>"))
        #expect(english.body.contains("data-kosong=\"No file chosen.\" aria-live=\"polite\">No file chosen.</span>"))
        // Hidden by clipping, never display:none (which would take it out of the Tab order), and
        // the button shows the focus the hidden control has.
        let style = try await budi.get("/static/app.css")
        #expect(style.body.contains("input.berkas { position: absolute; width: 1px; height: 1px;"))
        #expect(!style.body.contains("input.berkas { display: none"))
        #expect(style.body.contains("input.berkas:focus-visible + label.tombol { outline:"))
        let script = try await budi.get("/static/app.js")
        #expect(script.body.contains("document.querySelectorAll('input.berkas[data-nama]')"))
        #expect(script.body.contains("shown.textContent = names.length ? names.join(', ') : shown.getAttribute('data-kosong');"))
        // The upload itself is unchanged: the control's name is the form's `of.0`.
        let sent = try await budi.postMultipart(first, UploadFindingTests.typed(page.body), files: ["of.0": ("data.txt", Array("Data pelapor\n".utf8))])
        #expect(sent.status == .seeOther)
    }
}
