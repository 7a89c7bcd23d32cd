// Maps a selection in the original text back to character offsets, for "屏蔽所选".
// Every run of the original text carries its start offset in data-start.
(function () {
  var original = document.getElementById('original-text');
  var form = document.getElementById('add-finding');
  if (!original || !form) { return; }
  // A boundary is (text node, character offset) or (element, child index): keyboard and
  // triple-click selections give the second form, which must not be read as characters.
  function offset(node, within) {
    if (node.nodeType !== 3) {
      var child = node.childNodes[within];
      if (child) { return runStart(child); }
      var run = node.closest && node.closest('[data-start]');
      if (run && original.contains(run)) { return runStart(run) + run.textContent.length; }
      return node === original ? original.textContent.length : null;
    }
    var start = runStart(node.parentElement);
    return start === null ? null : start + within;
  }
  function runStart(node) {
    var el = node.nodeType === 3 ? node.parentElement : node;
    var run = el && el.closest('[data-start]');
    if (!run || !original.contains(run)) {
      // An element child of the text box itself (a run) carries its own start.
      return el && el.getAttribute && el.getAttribute('data-start') !== null
        ? parseInt(el.getAttribute('data-start'), 10) : null;
    }
    return parseInt(run.getAttribute('data-start'), 10);
  }
  form.setAttribute('data-ready', 'true');
  document.addEventListener('selectionchange', function () {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { return; }
    var r = sel.getRangeAt(0);
    var start = offset(r.startContainer, r.startOffset);
    var end = offset(r.endContainer, r.endOffset);
    if (start === null || end === null || end <= start) { return; }
    form.querySelector('[name=start]').value = start;
    form.querySelector('[name=end]').value = end;
    form.querySelector('#selected-text').value = sel.toString();
    form.querySelector('button').disabled = false;
  });
})();
