// The search page: the filters stand open beside the results on a wide screen and folded above them on a phone
// (where they would push the first result below the fold); a new sort order applies at once.
(function () {
  var facets = document.querySelector('details.facets');
  if (facets && window.matchMedia('(min-width: 992px)').matches) {
    facets.open = true;
  }
  var sort = document.getElementById('byDate');
  if (sort && sort.form) {
    sort.addEventListener('change', function () { sort.form.requestSubmit(); });
  }
})();
