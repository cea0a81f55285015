// Bring the cited passage into view: the page was opened from a citation link.
"use strict";
(function () {
  const first = document.querySelector("mark.cited");
  if (first) {
    first.id = "cited";
    first.scrollIntoView({block: "center"});
  }
})();
