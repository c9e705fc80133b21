// A miniature rich editor in the style of CKEditor 5 or Lexical: the document is a model (a list of
// paragraphs) and the DOM is only its rendering. Typing reaches it as beforeinput events, which it
// applies to the model and cancels. A change made to the DOM behind its back (innerHTML, text nodes)
// never reaches the model and is wiped by the next rendering, as in the real editors; it is counted
// in foreignChanges so a test can tell.
const root = document.getElementById("editor");
const model = { paragraphs: ["Dear customer,", "Kind regards"], caret: { p: 1, offset: 0 } };
let rendering = false;
window.foreignChanges = 0;

function render() {
  rendering = true;
  root.replaceChildren(...model.paragraphs.map((text) => {
    const p = document.createElement("p");
    p.append(text ? document.createTextNode(text) : document.createElement("br"));
    return p;
  }));
  observer.takeRecords();
  rendering = false;
  placeDomCaret();
}

function placeDomCaret() {
  const p = root.children[model.caret.p];
  const node = p.firstChild.nodeType === Node.TEXT_NODE ? p.firstChild : p;
  const range = document.createRange();
  range.setStart(node, node === p ? 0 : model.caret.offset);
  range.collapse(true);
  const selection = document.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}

/** The model caret from the DOM selection, as real editors map it on every selectionchange. */
function readDomCaret() {
  const selection = document.getSelection();
  if (!selection.rangeCount || !root.contains(selection.anchorNode)) {
    return;
  }

  const anchor = selection.anchorNode;
  const p = (anchor.nodeType === Node.TEXT_NODE ? anchor.parentElement : anchor).closest("p");
  const index = [...root.children].indexOf(p);
  if (index < 0) {
    return;
  }

  const offset = anchor.nodeType === Node.TEXT_NODE ? selection.anchorOffset : (selection.anchorOffset === 0 ? 0 : model.paragraphs[index].length);
  model.caret = { p: index, offset };
}

root.addEventListener("beforeinput", (event) => {
  readDomCaret();
  const { p, offset } = model.caret;
  const text = model.paragraphs[p];
  if (event.inputType === "insertText" && event.data !== null) {
    model.paragraphs[p] = text.slice(0, offset) + event.data + text.slice(offset);
    model.caret = { p, offset: offset + event.data.length };
  } else if (event.inputType === "insertParagraph" || event.inputType === "insertLineBreak") {
    model.paragraphs.splice(p, 1, text.slice(0, offset), text.slice(offset));
    model.caret = { p: p + 1, offset: 0 };
  } else {
    return;
  }

  event.preventDefault();
  render();
});

const observer = new MutationObserver(() => {
  if (!rendering) {
    window.foreignChanges++;
    render();
  }
});
observer.observe(root, { childList: true, characterData: true, subtree: true });

/** For the test: the model's text, one line per paragraph. */
window.editorText = () => model.paragraphs.join("\n");

/** For the test: puts the caret at a paragraph and offset, and focuses the editor, as a click would. */
window.placeCaret = (p, offset) => {
  root.focus();
  model.caret = { p, offset };
  placeDomCaret();
};

render();
