// 展开下级院: the first click loads the subordinates (htmx); later clicks fold and unfold them without a request.
// The button's aria-expanded always says which.
(function () {
  function controlled(button) {
    return document.getElementById(button.getAttribute('aria-controls'));
  }
  function show(button, open) {
    controlled(button).hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  }
  document.addEventListener('htmx:beforeRequest', function (e) {
    var button = e.detail.elt;
    if (!button.matches('button[data-subordinates]') || controlled(button).childElementCount === 0) {
      return;
    }
    e.preventDefault();
    show(button, button.getAttribute('aria-expanded') !== 'true');
  });
  document.addEventListener('htmx:afterSwap', function (e) {
    var button = e.detail.requestConfig && e.detail.requestConfig.elt;
    if (button && button.matches('button[data-subordinates]')) {
      show(button, true);
    }
  });
})();
