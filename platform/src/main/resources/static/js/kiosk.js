// The service-hall kiosk returns to its start page after a period without a touch, so the next person never sees
// the previous person's case.
(function () {
  var seconds = parseInt(document.body.getAttribute('data-idle-seconds') || '60', 10);
  var timer;
  function reset() {
    clearTimeout(timer);
    timer = setTimeout(function () { window.location.replace('/kiosk'); }, seconds * 1000);
  }
  ['click', 'touchstart', 'keydown', 'input'].forEach(function (e) { document.addEventListener(e, reset, true); });
  reset();
})();
