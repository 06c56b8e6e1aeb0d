// GOV.UK error pattern: after a form comes back with errors, move focus to its summary so
// keyboard and screen reader users meet the list of problems first (templates/includes/form.html).
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }
})();
