// Maps a selection in the original text back to character offsets, for "屏蔽所选".
// Every run of the original text carries its start offset in data-start.
(function () {
  var original = document.getElementById('original-text');
  var form = document.getElementById('add-finding');
  if (!original || !form) { return; }
  function offset(node, within) {
    var el = node.nodeType === 3 ? node.parentElement : node;
    var run = el && el.closest('[data-start]');
    if (!run || !original.contains(run)) { return null; }
    return parseInt(run.getAttribute('data-start'), 10) + within;
  }
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
