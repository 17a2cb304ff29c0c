/* Keys for working the review queue without the mouse, on the meeting page only.
 * c: confirm and next · x: reject and next · r: type a reason for a rejection.
 * Ignored while typing in a field, so the keys never fire by accident. */
"use strict";
document.addEventListener("keydown", function (event) {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target.closest && target.closest("input, textarea, select, [contenteditable]")) return;
  const click = function (id) {
    const button = document.getElementById(id);
    if (button) { event.preventDefault(); button.click(); }
  };
  if (event.key === "c") click("review-confirm-next");
  else if (event.key === "x") click("review-reject-next");
  else if (event.key === "r") {
    const note = document.getElementById("id_review_note");
    if (note) { event.preventDefault(); note.focus(); }
  }
});
