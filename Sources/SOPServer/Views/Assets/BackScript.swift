/// The browser's Back part of `/static/app.js`: a page restored from the back/forward cache
/// (Chromium keeps even `Cache-Control: no-store` pages there) is read again from the server, so
/// a step finished a moment ago shows as finished, not as its old form still to submit. No
/// inline code (CSP).
enum BackScript {
    static let source = #"""

        // sop serve: a page brought back by the browser's Back is read again.
        (function () {
          'use strict';
          window.addEventListener('pageshow', function (event) {
            if (event.persisted) { window.location.reload(); }
          });
        })();
        """#
}
