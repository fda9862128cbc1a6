// The body of an async function of (page, args) for tests/test_picture_labels.py (run by
// tests/browser_driver.py run_in_page): args are the site's base URL and a JSON list of paths.
// Visits each path at 1280 and 390 px and measures the labels of every network and strip.
const [base, pathsJson] = args;
const paths = JSON.parse(pathsJson);
const found = [];
let checked = 0;
const labels = { network: 0, strip: 0 };
for (const width of [1280, 390]) {
  await page.setViewportSize({ width, height: 900 });
  for (const path of paths) {
    await page.goto(base + path, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const res = await page.evaluate(() => {
      const problems = [];
      const n = { network: 0, strip: 0 };
      const label = (t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ');
      const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5
        && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
      const hitsCircle = (r, c) => {  // a rectangle against a circle {x, y, r}
        const dx = c.x - Math.max(r.left, Math.min(c.x, r.right));
        const dy = c.y - Math.max(r.top, Math.min(c.y, r.bottom));
        return dx * dx + dy * dy < (c.r - 0.5) * (c.r - 0.5);
      };
      const check = (kind, svg, texts, name, marks, minPx) => {
        const box = svg.getBoundingClientRect();
        const rects = texts.map((t) => t.getBoundingClientRect());
        texts.forEach((t, i) => {
          n[kind] += 1;
          const r = rects[i], what = name(t);
          if (r.width < 1) problems.push(`${what}: not drawn`);
          const cut = [r.left < box.left - 0.5, r.right > box.right + 0.5, r.top < box.top - 0.5,
            r.bottom > box.bottom + 0.5];
          if (cut.some(Boolean)) problems.push(`${what}: cut (left, right, top, bottom: ${cut})`);
          const px = parseFloat(getComputedStyle(t).fontSize) * svg.getScreenCTM().a;
          if (px < minPx - 0.05) problems.push(`${what}: drawn at ${px.toFixed(1)} px`);
          rects.forEach((other, j) => {
            if (j > i && overlap(r, other)) problems.push(`${what} overlaps ${name(texts[j])}`);
          });
          const own = t.closest('a');
          for (const [el, hits] of marks) if (el.closest('a') !== own && hits(r)) problems.push(`${what} covers ${el.getAttribute('class')}`);
        });
      };
      const circle = (el) => { const b = el.getBoundingClientRect();
        const c = { x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2, r: b.width / 2 };
        return [el, (r) => hitsCircle(r, c)]; };
      const rect = (el) => { const b = el.getBoundingClientRect(); return [el, (r) => overlap(r, b)]; };
      const stem = (el) => { const b = el.getBoundingClientRect();  // a vertical line
        return [el, (r) => b.left > r.left + 0.5 && b.left < r.right - 0.5 && Math.min(b.bottom, r.bottom) - Math.max(b.top, r.top) > 0.5]; };
      for (const svg of document.querySelectorAll('svg.actor-network')) {
        check('network', svg, [...svg.querySelectorAll('text.node-label')], label, [...svg.querySelectorAll('circle.node')].map(circle), 12);
      }
      for (const svg of document.querySelectorAll('svg.timeline-strip')) {
        const marks = [...[...svg.querySelectorAll('circle.dot')].map(circle),
          ...[...svg.querySelectorAll('rect.bar, rect.band')].map(rect), ...[...svg.querySelectorAll('line.stem')].map(stem)];
        check('strip', svg, [...svg.querySelectorAll('text.marker-label')], (t) => t.textContent, marks, 11);
      }
      return { problems, n };
    });
    labels.network += res.n.network;
    labels.strip += res.n.strip;
    checked += 1;
    for (const p of res.problems) found.push(`${path} at ${width} px: ${p}`);
  }
}
return { found, checked, labels };
