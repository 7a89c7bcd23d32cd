// Prints the receipt; an inline onclick would break the Content-Security-Policy.
(function () {
  var button = document.getElementById('print-receipt');
  if (button) { button.addEventListener('click', function () { window.print(); }); }
})();
