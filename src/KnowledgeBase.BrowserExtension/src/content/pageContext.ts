import type { PageContext } from "../shared/messages";

// The page opt-in (README: "Page opt-in"). A help desk, or a small customisation of it, marks:
//   data-kb-customer-message   on each element holding a message from the customer; the last one in
//                              document order is "the last customer message". Its text is used, or the
//                              attribute's value when it has one.
//   data-kb-lang="cs"          optionally on that element: the message's language (else its lang attribute).
//   data-kb-field="order.id"   on an element whose text (an input's value, or data-kb-value when
//                              present) is the value of that template field.
// Read from the top document and the same-origin frames inside it; nothing is read unless marked.

const maxMessageLength = 4000;
const maxFieldLength = 500;
const fieldName = /^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$/;

export function readPageContext(top: Document): PageContext {
  const documents = withSameOriginFrames(top);
  const messages = documents.flatMap((doc) => [...doc.querySelectorAll<HTMLElement>("[data-kb-customer-message]")]);
  const last = messages.at(-1) ?? null;
  const fields: Record<string, string> = {};
  for (const element of documents.flatMap((doc) => [...doc.querySelectorAll<HTMLElement>("[data-kb-field]")])) {
    const name = element.getAttribute("data-kb-field")?.trim() ?? "";
    const value = fieldValue(element);
    if (fieldName.test(name) && value && !(name in fields)) {
      fields[name] = value.slice(0, maxFieldLength);
    }
  }

  return {
    message: last ? messageText(last) : null,
    lang: last ? (last.getAttribute("data-kb-lang") || last.getAttribute("lang") || null) : null,
    fields,
  };
}

function messageText(element: HTMLElement): string | null {
  const given = element.getAttribute("data-kb-customer-message")?.trim();
  const text = given || (element.innerText || element.textContent || "").trim();
  return text ? text.slice(0, maxMessageLength) : null;
}

function fieldValue(element: HTMLElement): string {
  const given = element.getAttribute("data-kb-value");
  if (given !== null) {
    return given.trim();
  }

  if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) {
    return element.value.trim();
  }

  return (element.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** The document and every same-origin frame document below it (cross-origin frames are skipped). */
function withSameOriginFrames(top: Document): Document[] {
  const found: Document[] = [];
  const visit = (doc: Document, depth: number): void => {
    found.push(doc);
    if (depth >= 4) {
      return;
    }

    for (const frame of doc.querySelectorAll("iframe, frame")) {
      try {
        const inner = (frame as HTMLIFrameElement).contentDocument;
        if (inner) {
          visit(inner, depth + 1);
        }
      } catch {
        // A cross-origin frame: its content is not ours to read.
      }
    }
  };
  visit(top, 0);
  return found;
}
