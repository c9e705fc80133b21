// Messages between the content script (in every frame of a help-desk tab), the background worker and
// the panel. Nothing here leaves the browser: only the panel talks to the KnowledgeBase server.

/** Sent by a frame's content script when a reply box in it gets focus or the agent selects text. */
export type FrameReport =
  | { kind: "kb-focus"; box: string }
  | { kind: "kb-selection"; text: string };

/** Sent by the panel to one frame of the help-desk tab. */
export type PanelRequest =
  | { kind: "kb-read-page" }
  | { kind: "kb-insert"; text: string };

/**
 * What the page offers through its opt-in attributes (see README: data-kb-customer-message,
 * data-kb-lang, data-kb-field), read from the top document and its same-origin frames.
 */
export interface PageContext {
  /** The text of the last element marked data-kb-customer-message, or null. */
  message: string | null;
  /** That message's language (data-kb-lang or its lang attribute), or null to let the server detect it. */
  lang: string | null;
  /** Template field values the page shares, by declared field name (customer.first_name, order.id…). */
  fields: Record<string, string>;
}

/** The answer to kb-insert. */
export interface InsertResult {
  ok: boolean;
  /** How the text went in (for people reading test output): "text-control", "editor", "exec-command", "range". */
  how?: string;
  /** Why it did not, in words for the agent. */
  reason?: string;
}

/** chrome.storage.session keys the background worker keeps per tab (session storage is not readable by content scripts). */
export const focusKey = (tabId: number): string => `focus:${tabId}`;
export const selectionKey = (tabId: number): string => `selection:${tabId}`;

/** Where the agent last focused a reply box in a tab. */
export interface FocusRecord {
  frameId: number;
  box: string;
  at: number;
}

/** The agent's last non-empty selection outside reply boxes in a tab. */
export interface SelectionRecord {
  text: string;
  at: number;
}
