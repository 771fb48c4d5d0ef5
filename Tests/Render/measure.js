// Injected into a copy of a rendered document by screenshot.sh (never into what `sop render`
// writes): measures how Chromium really laid the activity tables out and writes the findings
// as JSON into <pre id="measure">, which `chromium --dump-dom` prints.
(function () {
  const problems = [];
  let rows = 0, lines = 0;
  // The page number of each running header whole, inside its caption (tester 14, F4).
  document.querySelectorAll('.caption').forEach((caption, page) => {
    const number = caption.querySelector('.page');
    if (!number) return;
    const box = number.getBoundingClientRect(), outer = caption.getBoundingClientRect();
    if (number.scrollWidth > number.clientWidth + 0.5 || box.right > outer.right + 0.5 || box.left < outer.left - 0.5)
      problems.push(`page ${page + 1}: the page number "${number.textContent}" is cut off`);
  });
  document.querySelectorAll('table.activities').forEach((table, page) => {
    // A page printed smaller to hold the rows of the signed page (tata_letak.halaman): its
    // rows measured in its own scale.
    const scaled = /scale\(([0-9.]+)\)/.exec(table.style.transform);
    const zoom = scaled ? parseFloat(scaled[1]) : 1;
    if (scaled) {
      const box = table.parentElement.getBoundingClientRect(), drawn = table.getBoundingClientRect();
      if (drawn.bottom > box.bottom - 0.5 || drawn.bottom < box.bottom - 4) problems.push(`page ${page + 1}: the smaller table ends at ${drawn.bottom}, its box at ${box.bottom}`);
    }
    // Every row as tall as the layout measured it.
    table.querySelectorAll('tr[style]').forEach((tr) => {
      const wanted = parseFloat(tr.style.height) * zoom;
      const got = tr.getBoundingClientRect().height;
      rows++;
      if (Math.abs(got - wanted) > 0.5) problems.push(`page ${page + 1}: a row is ${got}px tall, laid out as ${wanted}px`);
    });
    // The flowchart as tall as the rows it spans, its top level with theirs.
    const flow = table.querySelector('td.flow');
    const svg = flow && flow.querySelector('svg');
    if (svg) {
      const body = Array.from(table.tBodies[0].rows);
      const top = body[0].getBoundingClientRect().top;
      const bottom = body[body.length - 1].getBoundingClientRect().bottom;
      const box = svg.getBoundingClientRect();
      if (Math.abs(box.top - top) > 1 || Math.abs(box.bottom - bottom) > 1)
        problems.push(`page ${page + 1}: flowchart spans ${box.top}-${box.bottom}, its rows ${top}-${bottom}`);
    }
    // A merged waktu cell exactly as tall as the rows it spans, its text inside it.
    table.querySelectorAll('td.merged').forEach((cell) => {
      const tr = cell.parentElement;
      const rows = Array.from(tr.parentElement.rows);
      const first = rows.indexOf(tr), last = rows[first + cell.rowSpan - 1];
      const box = cell.getBoundingClientRect();
      if (!last || Math.abs(box.top - tr.getBoundingClientRect().top) > 1 || Math.abs(box.bottom - last.getBoundingClientRect().bottom) > 1)
        problems.push(`page ${page + 1}: merged waktu cell spans ${box.top}-${box.bottom}, not its ${cell.rowSpan} rows`);
      if (cell.scrollHeight > cell.clientHeight + 1) problems.push(`page ${page + 1}: merged waktu cell text overflows`);
    });
    // No line of text wider than its cell.
    table.querySelectorAll('.l').forEach((line) => {
      const cell = line.closest('td, th');
      const style = getComputedStyle(cell);
      const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const range = document.createRange();
      range.selectNodeContents(line);
      const width = range.getBoundingClientRect().width / zoom;
      lines++;
      if (width > room + 0.5) problems.push(`page ${page + 1}: "${line.textContent}" is ${width.toFixed(1)}px in ${room}px`);
    });
  });
  const out = document.createElement('pre');
  out.id = 'measure';
  out.textContent = JSON.stringify({ rows, lines, problems });
  document.body.appendChild(out);
})();
