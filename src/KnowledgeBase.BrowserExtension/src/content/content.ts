import type { FrameReport, PanelRequest } from "../shared/messages";
import { CaretMemory } from "./caretMemory";
import { insertText } from "./insertText";
import { readPageContext } from "./pageContext";
import { describe, isTextControl, replyBoxFrom } from "./replyBox";

// Runs in every frame of every page (all_frames), because the reply box may be anywhere: a help
// desk's editor often lives in a same-origin iframe. It sends nothing over the network: it tells the
// extension where the agent's caret is and what they selected, reads the page's opt-in attributes
// when the panel asks, and inserts a reply when the agent presses Insert.

const caret = new CaretMemory(document);
const selectionPause = 150;
let selectionTimer: ReturnType<typeof setTimeout> | undefined;
let lastReported = "";

function report(message: FrameReport): void {
  // The background worker may be restarting; a lost report only means the panel learns it on the next one.
  chrome.runtime.sendMessage(message).catch(() => undefined);
}

document.addEventListener(
  "focusin",
  (event) => {
    const box = caret.focused(event.composedPath()[0] ?? event.target);
    if (box) {
      report({ kind: "kb-focus", box: describe(box) + (window === window.top ? "" : " in a frame") });
    }
  },
  true,
);

document.addEventListener("selectionchange", () => {
  caret.selectionChanged();
  clearTimeout(selectionTimer);
  selectionTimer = setTimeout(reportSelection, selectionPause);
});

/** The agent selected text outside any reply box (the customer's message, typically). */
function reportSelection(): void {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || replyBoxFrom(selection.anchorNode) || insideTextControl(selection)) {
    return;
  }

  const text = selection.toString().trim().slice(0, 4000);
  if (text && text !== lastReported) {
    lastReported = text;
    report({ kind: "kb-selection", text });
  }
}

/** Chromium reports text selected inside a focused textarea as a document selection around it: that is the agent's own reply, not a message. */
function insideTextControl(selection: Selection): boolean {
  const box = replyBoxFrom(document.activeElement);
  return !!box && isTextControl(box) && (selection.anchorNode === box.parentNode || selection.containsNode(box, true));
}

chrome.runtime.onMessage.addListener((request: PanelRequest, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id) {
    return false;
  }

  if (request.kind === "kb-read-page") {
    sendResponse(readPageContext(document));
  } else if (request.kind === "kb-insert") {
    const box = caret.lastBox;
    sendResponse(
      box
        ? insertText(box, caret.lastRange, request.text)
        : { ok: false, reason: "Click into the reply box on the page first, then Insert again." },
    );
  }

  return false;
});
