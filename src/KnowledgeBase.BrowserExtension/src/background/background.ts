import { focusKey, selectionKey, type FocusRecord, type FrameReport, type SelectionRecord } from "../shared/messages";

// The background worker only remembers, per tab, which frame last had a reply box focused and what
// the agent last selected, in chrome.storage.session (memory only, not readable by content scripts),
// so a panel opened later still knows both. It never touches the network.

declare const browser: { sidebarAction?: { toggle(): Promise<void> } } | undefined;

if (chrome.sidePanel?.setPanelBehavior) {
  // Chromium: the toolbar button (and its Alt+K shortcut) opens the side panel.
  chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
} else if (typeof browser !== "undefined" && browser?.sidebarAction) {
  // Firefox has no sidePanel API: the same panel page is its sidebar (sidebar_action in its manifest).
  const sidebar = browser.sidebarAction;
  chrome.action.onClicked.addListener(() => void sidebar.toggle());
}

chrome.runtime.onMessage.addListener((message: FrameReport, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.id !== chrome.runtime.id) {
    return;
  }

  if (message.kind === "kb-focus") {
    const record: FocusRecord = { frameId: sender.frameId ?? 0, box: message.box, at: Date.now() };
    void chrome.storage.session.set({ [focusKey(tabId)]: record });
  } else if (message.kind === "kb-selection") {
    const record: SelectionRecord = { text: message.text, at: Date.now() };
    void chrome.storage.session.set({ [selectionKey(tabId)]: record });
  }
});

chrome.tabs.onRemoved.addListener((tabId) => {
  void chrome.storage.session.remove([focusKey(tabId), selectionKey(tabId)]);
});
