/// The correction form's part of `/static/app.js`: the hint under "Nilai baru" follows the
/// answer chosen (each choice carries its hint in `data-petunjuk`; the page, without script,
/// shows the hint of the choice it was sent with). No inline code (CSP).
enum CorrectionScript {
    static let source = #"""

        // sop serve: the correction form's hint follows the chosen answer.
        (function () {
          'use strict';
          var choice = document.getElementById('k-butir');
          var hint = document.getElementById('k-nilai-petunjuk');
          if (!choice || !hint) { return; }
          var first = hint.textContent;
          choice.addEventListener('change', function () {
            var option = choice.options[choice.selectedIndex];
            hint.textContent = (option && option.getAttribute('data-petunjuk')) || first;
          });
        })();
        """#
}
