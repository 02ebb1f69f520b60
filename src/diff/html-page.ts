/**
 * The style and script inlined in diff.html, so the page is one file that fetches nothing.
 *
 * Insertions and deletions are coloured and also marked without colour: underlined with a "+"
 * in front, struck through with a "−" in front. The marks stay when printed (browsers drop
 * backgrounds) and for readers who cannot tell green from red.
 *
 * The filters live in the URL hash ("#line=C2&status=added,renamed"), so a filtered view can be
 * linked to; a hash without "=" is an ordinary link to an outcome.
 */

export const PAGE_STYLE = `
:root { color-scheme: light; --ins: #d3f5dc; --ins-ink: #0b4d1f; --del: #fde0e0; --del-ink: #7a0d12; --rule: #d0d7de; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; padding: 1.5rem; max-width: 70rem; color: #1f2328; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid var(--rule); padding-bottom: .25rem; margin-top: 2rem; }
h3 { font-size: 1rem; margin: 0 0 .5rem; }
code, .key { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
table.summary { border-collapse: collapse; margin: 1rem 0; }
table.summary th, table.summary td { border: 1px solid var(--rule); padding: .3rem .7rem; }
table.summary td { text-align: right; font-variant-numeric: tabular-nums; }
table.summary th[scope=row] { text-align: left; font-weight: normal; }
table.summary tfoot { font-weight: bold; }
nav.index ul { columns: 2 22rem; padding-left: 1.2rem; }
form.filters { position: sticky; top: 0; background: #f6f8fa; border: 1px solid var(--rule); border-radius: 6px; padding: .5rem .8rem; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; z-index: 1; }
form.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .8rem; flex-wrap: wrap; }
form.filters legend { float: left; margin-right: .5rem; font-weight: 600; }
form.filters p { margin: 0; }
article.outcome { border: 1px solid var(--rule); border-radius: 6px; padding: .8rem 1rem; margin: .8rem 0; }
article.outcome:target { outline: 3px solid #0969da; }
article.outcome p { margin: .3rem 0 0; }
.status { display: inline-block; font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; border: 1px solid currentColor; border-radius: 1rem; padding: 0 .5rem; margin-right: .4rem; }
.status-added { color: #116329; } .status-removed { color: #82071e; } .status-renamed { color: #6639ba; }
.status-changed { color: #9a6700; } .status-unchanged { color: #57606a; }
.similarity { color: #57606a; font-weight: normal; font-size: .85rem; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; margin: .6rem 0 0; }
dl.fields dt { font-weight: 600; }
dl.fields dd { margin: 0; }
ul.set, ol.items { margin: 0; padding-left: 1.2rem; }
ol.items li.same { color: #57606a; }
ins { background: var(--ins); color: var(--ins-ink); text-decoration: underline; text-decoration-thickness: 2px; }
del { background: var(--del); color: var(--del-ink); text-decoration: line-through; text-decoration-thickness: 2px; }
ins::before { content: "+"; font-weight: 700; }
del::before { content: "\\2212"; font-weight: 700; }
.removed-text { text-decoration: line-through; }
p.empty { color: #57606a; font-style: italic; }
@media print {
  form.filters { display: none; }
  ins, del { background: none; color: inherit; }
  article.outcome { break-inside: avoid; }
}
`;

export const PAGE_SCRIPT = `
(function () {
  var ALL = ['added', 'removed', 'renamed', 'changed', 'unchanged'];
  var DEFAULT = { line: '', status: ['added', 'removed', 'renamed', 'changed'] };
  var form = document.querySelector('form.filters');
  var lineSelect = form.querySelector('select[name=line]');
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name=status]'));
  var outcomes = Array.prototype.slice.call(document.querySelectorAll('article.outcome'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.action-line'));
  var shown = document.getElementById('shown');
  var empty = document.getElementById('nothing-shown');

  // The hash as text; a malformed one ("#%E0%A4%A") is ignored, not an error that stops the page.
  function hashText() {
    try {
      return decodeURIComponent(location.hash.slice(1));
    } catch (e) {
      return '';
    }
  }

  // "#line=C2&status=added,renamed" -> a filter; any other hash is not one.
  function filterFromHash() {
    var hash = hashText();
    if (hash.indexOf('=') < 0) return null;
    var params = new URLSearchParams(hash);
    var status = params.has('status') ? params.get('status').split(',').filter(function (s) { return ALL.indexOf(s) >= 0; }) : DEFAULT.status;
    return { line: params.get('line') || '', status: status };
  }

  function filterFromForm() {
    return { line: lineSelect.value, status: boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; }) };
  }

  function apply(filter) {
    lineSelect.value = filter.line;
    boxes.forEach(function (b) { b.checked = filter.status.indexOf(b.value) >= 0; });
    var count = 0;
    outcomes.forEach(function (o) {
      var visible = (filter.line === '' || o.dataset.line === filter.line) && filter.status.indexOf(o.dataset.status) >= 0;
      o.hidden = !visible;
      if (visible) count++;
    });
    sections.forEach(function (s) { s.hidden = !s.querySelector('article.outcome:not([hidden])'); });
    shown.textContent = String(count);
    empty.hidden = count > 0;
    document.body.dataset.filterLine = filter.line;
    document.body.dataset.filterStatus = filter.status.join(',');
  }

  // A link to an outcome that the filter hides shows everything again, then the outcome.
  function reveal(id) {
    var target = id && document.getElementById(id);
    if (!target || !target.classList.contains('outcome')) return;
    if (target.hidden) apply({ line: '', status: ALL.slice() });
    target.scrollIntoView();
  }

  form.addEventListener('change', function () {
    var filter = filterFromForm();
    history.replaceState(null, '', '#line=' + encodeURIComponent(filter.line) + '&status=' + filter.status.join(','));
    apply(filter);
  });
  window.addEventListener('hashchange', function () {
    var filter = filterFromHash();
    if (filter) apply(filter); else reveal(hashText());
  });
  apply(filterFromHash() || DEFAULT);
  if (!filterFromHash()) reveal(hashText());
  document.body.dataset.ready = 'true';
})();
`;
