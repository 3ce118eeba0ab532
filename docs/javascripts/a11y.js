// Accessibility fixes on top of the theme, found by axe-core in the browser test:
// the search dialog gets a name, and scrollable code blocks can be reached by keyboard.
(function () {
  "use strict";
  function fix() {
    document.querySelectorAll('[data-md-component="search"][role="dialog"]').forEach(function (node) {
      node.setAttribute("aria-label", "Search");
    });
    document.querySelectorAll("pre > code").forEach(function (code) {
      if (!code.hasAttribute("tabindex")) { code.setAttribute("tabindex", "0"); }
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", fix); } else { fix(); }
})();
