// Counts input events on the reply boxes: a framework bound to the box (React, Vue) updates its
// state from these, so an insert that fires none would be lost when the help desk saves.
window.inputEvents = { reply: 0, note: 0 };
for (const id of ["reply", "note"]) {
  document.getElementById(id).addEventListener("input", () => window.inputEvents[id]++);
}
