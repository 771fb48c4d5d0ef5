// Injected into a copy of a receipt page by receipt-check.sh (never into what `sop receipt`
// writes): the copy lays the body out as the printed sheet (the paper less its 15 mm margins),
// and this measures, in Chromium's own layout, that the receipt fits that one sheet and that
// nothing is cut off. The findings go as JSON into <pre id="measure">, which --dump-dom prints.
(function () {
  const problems = [];
  // The body is the paper; its padding the margins: the receipt has the box inside them.
  const paper = document.body.getBoundingClientRect(), style = getComputedStyle(document.body);
  const page = {
    top: paper.top + parseFloat(style.paddingTop), bottom: paper.bottom - parseFloat(style.paddingBottom),
    left: paper.left + parseFloat(style.paddingLeft), right: paper.right - parseFloat(style.paddingRight),
  };
  page.height = page.bottom - page.top;
  page.width = page.right - page.left;
  const sheet = document.querySelector('.sheet').getBoundingClientRect();
  if (sheet.bottom > page.bottom + 0.5)
    problems.push(`the receipt is ${sheet.height.toFixed(0)}px tall; the printable sheet holds ${page.height.toFixed(0)}px`);
  if (sheet.right > page.right + 0.5 || sheet.left < page.left - 0.5)
    problems.push(`the receipt is ${sheet.width.toFixed(0)}px wide; the printable sheet holds ${page.width.toFixed(0)}px`);
  let boxes = 0;
  // No box whose content overflows it (a cut-off word, a code wider than its frame).
  document.querySelectorAll('.sheet *').forEach((element) => {
    boxes++;
    if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).display !== 'inline')
      problems.push(`<${element.tagName.toLowerCase()}> "${element.textContent.trim().slice(0, 40)}" overflows: ${element.scrollWidth}px in ${element.clientWidth}px`);
    const box = element.getBoundingClientRect();
    if (box.width > 0 && (box.right > sheet.right + 0.5 || box.left < sheet.left - 0.5))
      problems.push(`<${element.tagName.toLowerCase()}> "${element.textContent.trim().slice(0, 40)}" sticks out of the receipt`);
  });
  // The tracking code on one line, whole.
  const code = document.querySelector('.tracking .code');
  const lineHeight = parseFloat(getComputedStyle(code).fontSize) * 1.6;
  if (!code || code.getBoundingClientRect().height > lineHeight)
    problems.push(`the tracking code wraps: ${code && code.getBoundingClientRect().height}px tall`);
  // The two lines to sign on level with each other, however many lines the heading above
  // each wraps to (on a phone, "Pelapor / penerima layanan" takes two).
  const lines = [...document.querySelectorAll('.sign .name')].map((line) => line.getBoundingClientRect().top);
  if (lines.length === 2 && Math.abs(lines[0] - lines[1]) > 0.5)
    problems.push(`the lines to sign on are not level: ${lines.map((top) => top.toFixed(1)).join('px, ')}px`);
  const out = document.createElement('pre');
  out.id = 'measure';
  out.textContent = JSON.stringify({
    boxes, height: Math.round(sheet.height), room: Math.round(page.height), code: code ? code.textContent : '', problems,
  });
  document.body.appendChild(out);
})();
