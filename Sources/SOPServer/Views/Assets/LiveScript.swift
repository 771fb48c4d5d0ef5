/// The live part of `/static/app.js`: keeps the worklist live. On the worklist page
/// (`#daftar-tugas`) it opens the event stream `/langsung`; on an event `tugas` (and when the
/// stream comes back after a break, since events may have been missed) it fetches the page
/// again and swaps in its fresh `<main>` (the worklist and its "no tasks" notice), so what the
/// operator sees is always the server's page, escaped there.
/// The header's `#operator` (who is logged in, with their roles) is swapped in as well.
/// Its reloads say so (`X-SOP-Langsung`): they do not keep an unused session from its idle timeout.
/// `<html data-langsung="terhubung|terputus">` shows the stream's state (and tells tests when
/// it is listening); `data-langsung-muat` counts the reloads. No inline code (CSP).
enum LiveScript {
    static let source = #"""
        // sop serve: live worklist (Server-Sent Events from /langsung).
        (function () {
          'use strict';
          if (!document.getElementById('daftar-tugas') || !window.EventSource || !window.fetch) { return; }
          var root = document.documentElement;
          var source = null;
          var timer = null;
          var opened = false;
          var loads = 0;

          function reload() {
            timer = null;
            fetch(window.location.pathname + window.location.search,
                  { credentials: 'same-origin', cache: 'no-store', headers: { 'Accept': 'text/html', 'X-SOP-Langsung': '1' } })
              .then(function (response) {
                if (response.redirected && new URL(response.url).pathname === '/masuk') {
                  window.location.assign(response.url);
                  return null;
                }
                return response.ok ? response.text() : null;
              })
              .then(function (html) {
                if (!html) { return; }
                var page = new DOMParser().parseFromString(html, 'text/html');
                var fresh = page.querySelector('main');
                var current = document.querySelector('main');
                if (!fresh || !current || !page.getElementById('daftar-tugas')) {
                  fresh = page.getElementById('daftar-tugas');
                  current = document.getElementById('daftar-tugas');
                }
                // The header's "Masuk sebagai … · roles" too: a role granted or revoked shows at once.
                var who = page.getElementById('operator');
                var shown = document.getElementById('operator');
                if (who && shown) { shown.replaceWith(document.importNode(who, true)); }
                if (fresh && current) {
                  current.replaceWith(document.importNode(fresh, true));
                  loads += 1;
                  root.setAttribute('data-langsung-muat', String(loads));
                }
              })
              .catch(function () { /* the next event or reconnection tries again */ });
          }

          function soon() {
            if (timer === null) { timer = window.setTimeout(reload, 150); }
          }

          function connect() {
            source = new EventSource('/langsung');
            source.addEventListener('open', function () {
              root.setAttribute('data-langsung', 'terhubung');
              if (opened) { soon(); }
              opened = true;
            });
            source.addEventListener('tugas', soon);
            // Logged out (a role revoked, the session ended by the administrator, expired): go
            // where the server says, a path of this site, so the page does not stay on screen.
            source.addEventListener('keluar', function (event) {
              var to = String(event.data || '/masuk');
              source.close();
              if (to.charAt(0) !== '/' || to.charAt(1) === '/') { to = '/masuk'; }
              window.location.assign(to);
            });
            source.addEventListener('error', function () {
              root.setAttribute('data-langsung', 'terputus');
              // EventSource gives up on an answer that is not a stream (a proxy's 502 while
              // the server restarts, a 401): try again later, as it does on a broken stream.
              if (source.readyState === EventSource.CLOSED) {
                source.close();
                window.setTimeout(connect, 3000);
              }
            });
          }

          connect();
        })();
        """#
}
