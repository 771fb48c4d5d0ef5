/// The upload part of `/static/app.js`: a step form's file choice is a visually hidden
/// `<input type=file>` under a `<label>` styled as a button in the page's language (the browser's
/// own "Choose File / No file chosen" follows the browser's locale); this names the file chosen
/// next to it, or says again that none is. No inline code (CSP).
enum UploadScript {
    static let source = #"""

        // sop serve: the name of the file chosen for an output, next to its button.
        (function () {
          'use strict';
          function show(input) {
            var shown = document.getElementById(input.getAttribute('data-nama'));
            if (!shown) { return; }
            var names = Array.prototype.map.call(input.files || [], function (file) { return file.name; });
            shown.textContent = names.length ? names.join(', ') : shown.getAttribute('data-kosong');
          }
          document.querySelectorAll('input.berkas[data-nama]').forEach(function (input) {
            input.addEventListener('change', function () { show(input); });
            show(input);
          });
        })();
        """#
}
