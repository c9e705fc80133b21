import type { InsertResult } from "../shared/messages";
import { isTextControl, type ReplyBox } from "./replyBox";

/**
 * Puts text at the caret of a reply box the way typing would, so the page's own code notices:
 * frameworks that bind a textarea (React, Vue) see their input event, and rich editors update their
 * model instead of having their DOM rewritten under them (never innerHTML).
 */
export function insertText(box: ReplyBox, savedRange: Range | null, text: string): InsertResult {
  return isTextControl(box) ? intoTextControl(box, text) : intoEditable(box, savedRange, text);
}

function intoTextControl(box: HTMLTextAreaElement | HTMLInputElement, text: string): InsertResult {
  // A one-line input drops line breaks anyway; join the lines with spaces rather than losing them silently.
  const value = box instanceof HTMLInputElement ? text.replace(/\r\n|\r|\n/g, " ") : text;
  const before = box.value;
  const start = box.selectionStart ?? before.length;
  const end = box.selectionEnd ?? start;
  const expected = before.slice(0, start) + value + before.slice(end);

  box.focus({ preventScroll: true });
  box.setSelectionRange(start, end);
  // execCommand keeps the box's undo history (Ctrl+Z takes the insert back) and fires a trusted input event.
  if (box.ownerDocument.execCommand("insertText", false, value) && box.value === expected) {
    return { ok: true, how: "text-control" };
  }

  box.value = before;
  box.setRangeText(value, start, end, "end");
  box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: value }));
  return box.value === expected ? { ok: true, how: "text-control" } : { ok: false, reason: "The reply box did not accept the text." };
}

function intoEditable(box: HTMLElement, savedRange: Range | null, text: string): InsertResult {
  const doc = box.ownerDocument;
  box.focus({ preventScroll: true });
  restoreCaret(box, savedRange);

  const lines = text.split(/\r\n|\r|\n/);
  // Editors built on beforeinput (CKEditor 5, Lexical, Slate and the like) apply a cancelable
  // beforeinput to their model and cancel it. Chromium's execCommand does not fire beforeinput
  // (w3c/editing#200), so the event is offered first; only an editor that takes it cancels it.
  if (!offer(box, "insertText", lines[0])) {
    for (const line of lines.slice(1)) {
      offer(box, "insertParagraph", null);
      if (line) {
        offer(box, "insertText", line);
      }
    }

    return { ok: true, how: "editor" };
  }

  // Plain contenteditable and editors that read the DOM back (ProseMirror's DOM observer): the
  // browser's own editing inserts the text and line breaks and fires input, as typing does.
  if (doc.execCommand("insertText", false, text)) {
    return { ok: true, how: "exec-command" };
  }

  return intoRange(box, text);
}

/** Dispatches a cancelable beforeinput; false when the page cancelled it (it handled the input itself). */
function offer(box: HTMLElement, inputType: string, data: string | null): boolean {
  return box.dispatchEvent(new InputEvent("beforeinput", { bubbles: true, cancelable: true, composed: true, inputType, data }));
}

function restoreCaret(box: HTMLElement, savedRange: Range | null): void {
  const selection = box.ownerDocument.getSelection();
  if (!selection) {
    return;
  }

  if (savedRange) {
    selection.removeAllRanges();
    selection.addRange(savedRange);
    return;
  }

  const current = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  if (!current || !box.contains(current.startContainer)) {
    // No caret known in this box: type at its end, as clicking below its text would.
    const end = box.ownerDocument.createRange();
    end.selectNodeContents(box);
    end.collapse(false);
    selection.removeAllRanges();
    selection.addRange(end);
  }
}

/** Last resort where execCommand is unavailable: text nodes and line breaks at the caret, then an input event. */
function intoRange(box: HTMLElement, text: string): InsertResult {
  const doc = box.ownerDocument;
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) {
    return { ok: false, reason: "Click into the reply box on the page first, then Insert again." };
  }

  const range = selection.getRangeAt(0);
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (index > 0) {
      fragment.append(doc.createElement("br"));
    }

    fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  }

  box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: text }));
  return { ok: true, how: "range" };
}
