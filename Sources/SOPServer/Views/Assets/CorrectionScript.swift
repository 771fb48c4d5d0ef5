/// The correction form's part of `/static/app.js`: the hint under "Nilai baru" and its keypad
/// follow the answer chosen (each choice carries its hint in `data-petunjuk`, its `inputmode` in
/// `data-inputmode`; the page, without script,
/// shows the hint of the choice it was sent with). No inline code (CSP).
enum CorrectionScript {
    static let source = #"""

        // sop serve: the correction form's hint follows the chosen answer.
        (function () {
          'use strict';
          var choice = document.getElementById('k-butir');
          var hint = document.getElementById('k-nilai-petunjuk');
          if (!choice || !hint) { return; }
          var value = document.getElementById('k-nilai');
          var first = hint.textContent;
          choice.addEventListener('change', function () {
            var option = choice.options[choice.selectedIndex];
            hint.textContent = (option && option.getAttribute('data-petunjuk')) || first;
            // The keypad of the answer's type (a NIK's digits, a phone number's "+").
            var mode = option && option.getAttribute('data-inputmode');
            if (value) { if (mode) { value.setAttribute('inputmode', mode); } else { value.removeAttribute('inputmode'); } }
          });
        })();
        """#
}
