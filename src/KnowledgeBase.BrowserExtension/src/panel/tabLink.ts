import {
  focusKey,
  selectionKey,
  type FocusRecord,
  type InsertResult,
  type PageContext,
  type PanelRequest,
  type SelectionRecord,
} from "../shared/messages";

const emptyContext: PageContext = { message: null, lang: null, fields: {} };

/**
 * The panel's line to the help-desk tab: the tab's content scripts and what the background worker
 * remembered about it. In the side panel that is the active tab of the panel's window; a panel
 * opened as a page of its own (panel.html?tab=ID, as the end-to-end test does) names its tab.
 */
export class TabLink {
  private constructor(
    readonly tabId: number,
    readonly fixed: boolean,
  ) {}

  static async resolve(): Promise<TabLink | null> {
    const named = Number(new URLSearchParams(location.search).get("tab"));
    if (Number.isInteger(named) && named > 0) {
      return new TabLink(named, true);
    }

    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : new TabLink(tab.id, false);
  }

  /** The page's opt-in context, read by the top frame's content script (it also reads same-origin frames). */
  async readPage(): Promise<PageContext> {
    try {
      const answer = await this.send<PageContext | undefined>({ kind: "kb-read-page" }, 0);
      return answer ?? emptyContext;
    } catch {
      // No content script there: a browser page (chrome://…), or a tab opened before the extension was installed.
      return emptyContext;
    }
  }

  async lastSelection(): Promise<SelectionRecord | null> {
    const key = selectionKey(this.tabId);
    const stored = await chrome.storage.session.get(key);
    return (stored[key] as SelectionRecord | undefined) ?? null;
  }

  /** Calls back with each new selection the agent makes on the tab's page. */
  onSelection(callback: (record: SelectionRecord) => void): void {
    this.watch(selectionKey(this.tabId), callback);
  }

  /** The reply box the agent last focused on the page, if any. */
  async lastFocus(): Promise<FocusRecord | null> {
    const key = focusKey(this.tabId);
    return ((await chrome.storage.session.get(key))[key] as FocusRecord | undefined) ?? null;
  }

  /** Calls back whenever the agent focuses a reply box on the tab's page. */
  onFocus(callback: (record: FocusRecord) => void): void {
    this.watch(focusKey(this.tabId), callback);
  }

  private watch<T>(key: string, callback: (record: T) => void): void {
    chrome.storage.session.onChanged.addListener((changes) => {
      const record = changes[key]?.newValue as T | undefined;
      if (record) {
        callback(record);
      }
    });
  }

  /** Inserts at the caret of the reply box the agent last focused, in whichever frame it is. */
  async insert(text: string): Promise<InsertResult> {
    const focus = await this.lastFocus();
    if (!focus) {
      return { ok: false, reason: "Click into the reply box on the page first, then Insert again." };
    }

    try {
      const result = await this.send<InsertResult | undefined>({ kind: "kb-insert", text }, focus.frameId);
      return result ?? { ok: false, reason: "The page did not answer; reload it and try again." };
    } catch {
      return { ok: false, reason: "The reply box's page has changed or was closed; click into the reply box and try again." };
    }
  }

  private send<T>(request: PanelRequest, frameId: number): Promise<T> {
    return chrome.tabs.sendMessage(this.tabId, request, { frameId }) as Promise<T>;
  }
}
