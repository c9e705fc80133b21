// What counts as a reply box: somewhere the agent types text.

const textInputTypes = new Set(["text", "search", "email", "url", "tel", ""]);

export type ReplyBox = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

export function isTextControl(box: ReplyBox): box is HTMLTextAreaElement | HTMLInputElement {
  return box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement;
}

/**
 * The reply box an event target belongs to: an enabled, writable textarea or text input, or the
 * editing host of contenteditable content (the outermost editable element, which is what rich
 * editors such as ProseMirror or CKEditor listen on), or null.
 */
export function replyBoxFrom(target: EventTarget | null): ReplyBox | null {
  if (target instanceof HTMLTextAreaElement) {
    return target.readOnly || target.disabled ? null : target;
  }

  if (target instanceof HTMLInputElement) {
    return textInputTypes.has(target.type) && !target.readOnly && !target.disabled ? target : null;
  }

  const element = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  if (!(element instanceof HTMLElement) || !element.isContentEditable) {
    return null;
  }

  let host: HTMLElement = element;
  while (host.parentElement instanceof HTMLElement && host.parentElement.isContentEditable) {
    host = host.parentElement;
  }

  return host;
}

/** A short description for the panel ("textarea#reply"), never the box's content. */
export function describe(box: ReplyBox): string {
  const id = box.id ? `#${box.id}` : "";
  const kind = isTextControl(box) ? box.localName : "contenteditable";
  return `${kind}${id}`;
}
