import { isTextControl, replyBoxFrom, type ReplyBox } from "./replyBox";

/**
 * Remembers the reply box the agent last typed in and where the caret was in it. The agent then
 * selects the customer's message (the selection leaves the box) and clicks into the panel (the page
 * loses focus); Insert must still go where the caret was. Text controls keep their own
 * selectionStart/End; for contenteditable the last range inside the box is kept here.
 */
export class CaretMemory {
  private box: ReplyBox | null = null;
  private range: Range | null = null;

  constructor(private readonly doc: Document) {}

  get lastBox(): ReplyBox | null {
    return this.box?.isConnected ? this.box : null;
  }

  /** The last caret range inside the box (contenteditable only), if it is still in the document. */
  get lastRange(): Range | null {
    const box = this.lastBox;
    const range = this.range;
    return box && range && box.contains(range.startContainer) && box.contains(range.endContainer) ? range : null;
  }

  /** Returns the box when focus moved into a reply box. */
  focused(target: EventTarget | null): ReplyBox | null {
    const box = replyBoxFrom(target);
    if (box) {
      this.box = box;
      this.range = null;
      this.selectionChanged();
    }

    return box;
  }

  /** Keeps the range while the selection is inside the remembered contenteditable box. */
  selectionChanged(): void {
    const box = this.box;
    if (!box || isTextControl(box)) {
      return;
    }

    const selection = this.doc.getSelection();
    if (selection && selection.rangeCount > 0) {
      const range = selection.getRangeAt(0);
      if (box.contains(range.startContainer) && box.contains(range.endContainer)) {
        this.range = range.cloneRange();
      }
    }
  }
}
