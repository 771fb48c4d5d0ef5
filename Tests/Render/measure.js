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
  // The running header whole: no line of it cut at its block's edge, none below its height
  // (testers 25 and 26: the SOP's name cut with "…" where there was room).
  document.querySelectorAll('.caption').forEach((caption, page) => {
    const outer = caption.getBoundingClientRect();
    caption.querySelectorAll('.l').forEach((line) => {
      const range = document.createRange();
      range.selectNodeContents(line);
      const text = range.getBoundingClientRect(), block = line.parentElement.getBoundingClientRect();
      if (text.right > block.right + 0.5 || text.left < block.left - 0.5 || text.right > outer.right + 0.5)
        problems.push(`page ${page + 1}: the running header's "${line.textContent}" is wider than its place`);
      if (text.bottom > outer.bottom + 0.5) problems.push(`page ${page + 1}: the running header's "${line.textContent}" falls below it`);
    });
    if (caption.scrollWidth > caption.clientWidth + 0.5 || getComputedStyle(caption).textOverflow === 'ellipsis')
      problems.push(`page ${page + 1}: the running header is cut`);
  });
  // Each branch label as Chromium draws it, in its real font: over no symbol, no other label,
  // no line of another arrow, and no other arrow's line between it and its own line.
  document.querySelectorAll('svg.flowchart, td.flow svg').forEach((svg) => {
    const arrows = Array.from(svg.querySelectorAll('g.arrow')).map((g) => {
      const points = [];
      g.querySelectorAll('path').forEach((path) => {
        const numbers = (path.getAttribute('d') || '').match(/-?[0-9.]+/g) || [];
        for (let i = 0; i + 1 < numbers.length; i += 2) points.push([parseFloat(numbers[i]), parseFloat(numbers[i + 1])]);
      });
      const text = g.querySelector('text');
      const box = text ? text.getBBox() : null;
      return { g, points, text, box: box && { l: box.x - 1.5, t: box.y - 1.5, r: box.x + box.width + 1.5, b: box.y + box.height + 1.5 } };
    });
    const symbols = Array.from(svg.querySelectorAll('.symbol')).map((s) => s.getBBox());
    const crosses = (a, b, box) => Math.min(a[0], b[0]) < box.r && box.l < Math.max(a[0], b[0]) && Math.min(a[1], b[1]) < box.b && box.t < Math.max(a[1], b[1])
      || (a[0] === b[0] && a[0] > box.l && a[0] < box.r && Math.min(a[1], b[1]) < box.b && box.t < Math.max(a[1], b[1]))
      || (a[1] === b[1] && a[1] > box.t && a[1] < box.b && Math.min(a[0], b[0]) < box.r && box.l < Math.max(a[0], b[0]));
    arrows.forEach((arrow) => {
      if (!arrow.box || arrow.points.length < 2) return;
      const name = `label "${arrow.text.textContent}" (${arrow.g.dataset.from}->${arrow.g.dataset.to})`;
      const box = arrow.box, start = arrow.points[0], next = arrow.points[1];
      symbols.forEach((s) => {
        // A symbol's outline box, less a pixel for the diamond's empty corners.
        const frame = { l: s.x, t: s.y, r: s.x + s.width, b: s.y + s.height };
        if (frame.l < box.r && box.l < frame.r && frame.t < box.b && box.t < frame.b) {
          const cx = (frame.l + frame.r) / 2, cy = (frame.t + frame.b) / 2;
          const dx = Math.max(box.l - cx, 0, cx - box.r) / (s.width / 2), dy = Math.max(box.t - cy, 0, cy - box.b) / (s.height / 2);
          if (dx + dy < 1) problems.push(`${name} covers a symbol`);
        }
      });
      // The room between the label and its own line's first piece.
      let between = null;
      if (start[0] === next[0]) {
        if (box.l > start[0]) between = { l: start[0] + 0.5, t: box.t, r: box.l, b: box.b };
        else if (box.r < start[0]) between = { l: box.r, t: box.t, r: start[0] - 0.5, b: box.b };
      } else {
        if (box.t > start[1]) between = { l: box.l, t: start[1] + 0.5, r: box.r, b: box.t };
        else if (box.b < start[1]) between = { l: box.l, t: box.b, r: box.r, b: start[1] - 0.5 };
      }
      const borders = Array.from(svg.querySelectorAll('g.columns line')).filter((l) => l.getAttribute('x1') === l.getAttribute('x2'))
        .map((l) => parseFloat(l.getAttribute('x1')));
      if (between && borders.some((x) => between.l < x && x < between.r)) problems.push(`${name} stands in another column than its line`);
      arrows.forEach((other) => {
        const self = other === arrow;
        if (!self && other.box && other.box.l < box.r - 1.5 && box.l + 1.5 < other.box.r && other.box.t < box.b - 1.5 && box.t + 1.5 < other.box.b)
          problems.push(`${name} covers the label "${other.text.textContent}"`);
        const shared = other.points.length && other.points[0][0] === start[0] && other.points[0][1] === start[1];
        for (let i = 1; i < other.points.length; i++) {
          if (crosses(other.points[i - 1], other.points[i], box)) problems.push(`${name} covers a line of ${other.g.dataset.from}->${other.g.dataset.to}`);
          if (between && !self && !shared && crosses(other.points[i - 1], other.points[i], between))
            problems.push(`${name} lies across a line of ${other.g.dataset.from}->${other.g.dataset.to} from its own`);
        }
      });
    });
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
    // Every heading whole inside its cell, a heading printed as the unit names it included
    // (tester 28, F8: "Persyaratan/Kelengkapan" ran into the Waktu heading beside it).
    table.querySelectorAll('thead th').forEach((th) => {
      const style = getComputedStyle(th);
      const room = th.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const range = document.createRange();
      range.selectNodeContents(th);
      const width = range.getBoundingClientRect().width / zoom;
      if (width > room + 0.5) problems.push(`page ${page + 1}: the heading "${th.textContent}" is ${width.toFixed(1)}px in ${room}px`);
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
  // Every page whole on its sheet of A4 landscape: no sheet taller than the page, nothing wider
  // than its printed width; a page printed smaller as wide as its running header, as the others
  // (tester 29, F10: page 3 drawn at 70 % of the width where only its height had to shrink).
  const a4 = 210 * 96 / 25.4;
  document.querySelectorAll('section.sheet').forEach((sheet, index) => {
    const tables = sheet.querySelectorAll('table.activities');
    if (!tables.length) return;
    const box = sheet.getBoundingClientRect(), style = getComputedStyle(sheet);
    if (box.height > a4 + 0.5) problems.push(`sheet ${index + 1}: ${box.height.toFixed(1)}px tall, its page ${a4.toFixed(1)}px`);
    const right = box.right - parseFloat(style.paddingRight);
    const caption = sheet.querySelector('.caption');
    tables.forEach((table) => {
      const drawn = table.getBoundingClientRect();
      if (drawn.right > right + 0.5) problems.push(`sheet ${index + 1}: the table reaches ${drawn.right}, the page ends at ${right}`);
      if (caption && Math.abs(drawn.width - caption.getBoundingClientRect().width) > 1.5)
        problems.push(`sheet ${index + 1}: the table is ${drawn.width.toFixed(1)}px wide under a running header of ${caption.getBoundingClientRect().width}px`);
    });
  });
  const out = document.createElement('pre');
  out.id = 'measure';
  out.textContent = JSON.stringify({ rows, lines, problems });
  document.body.appendChild(out);
})();
