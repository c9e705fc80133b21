import { KnowledgeBaseApi } from "../shared/api";
import type { Hit, SearchResponse, SuggestResponse } from "../shared/apiTypes";
import { LatestOnly } from "../shared/latestOnly";
import type { PageContext } from "../shared/messages";
import { loadSettings } from "../shared/settings";
import { Notice } from "./notice";
import { ResultList } from "./resultList";
import { TabLink } from "./tabLink";
import { TemplateForm } from "./templateForm";

// The side panel: search as you type, suggestions for the customer's message, a template's form
// with its preview, and Insert into the page's reply box.

const searchPause = 150;
const suggestPause = 250;

const search = document.getElementById("search") as HTMLInputElement;
const message = document.getElementById("message") as HTMLTextAreaElement;
const messageSource = document.getElementById("message-source") as HTMLSpanElement;
const browse = document.getElementById("browse") as HTMLElement;
const server = document.getElementById("server") as HTMLSpanElement;
const target = document.getElementById("target") as HTMLSpanElement;

let api: KnowledgeBaseApi | null = null;
let tab: TabLink | null = null;
let page: PageContext = { message: null, lang: null, fields: {} };

const openOptions = (): void => void chrome.runtime.openOptionsPage();
const notice = new Notice(openOptions);
const form = new TemplateForm(() => api, () => tab, notice);
const results = new ResultList(search, (hit) => void openHit(hit));

const searcher = new LatestOnly<string, SearchResponse>(
  searchPause,
  (query, signal) => requireApi().search(query, { top: 10 }, signal),
  (response) => {
    notice.clear();
    results.show("Results", response.results, "Nothing found. Try other words, or fewer.");
  },
  (error) => notice.error(error),
);

const suggester = new LatestOnly<string, SuggestResponse>(
  suggestPause,
  (text, signal) => requireApi().suggest(text, page.lang, 8, signal),
  (response) => {
    notice.clear();
    if (!search.value.trim()) {
      results.show("Suggested", response.results, "No template or SOP matches this message; search above.");
    }
  },
  (error) => notice.error(error),
);

function requireApi(): KnowledgeBaseApi {
  if (!api) {
    throw new Error("not configured");
  }

  return api;
}

async function openHit(hit: Hit): Promise<void> {
  if (hit.type === "article") {
    // SOPs are read in the web app, at the section that answers.
    const anchor = hit.section ? `#${encodeURIComponent(hit.section)}` : "";
    await chrome.tabs.create({ url: requireApi().pageUrl(hit.id) + anchor });
    return;
  }

  try {
    const template = await requireApi().template(hit.id);
    notice.clear();
    browse.hidden = true;
    form.sharedByPage = page.fields;
    form.open(template);
  } catch (error) {
    notice.error(error);
  }
}

function backToResults(): void {
  form.close();
  browse.hidden = false;
  search.focus();
}

function showResultsFor(): void {
  const query = search.value.trim();
  if (query) {
    suggester.cancel();
    searcher.schedule(query);
  } else {
    searcher.cancel();
    suggest();
  }
}

function suggest(): void {
  const text = message.value.trim();
  if (text) {
    suggester.schedule(text);
  } else {
    suggester.cancel();
    results.show("Suggested", [], "Select the customer's message on the page to see suggestions, or search above.");
  }
}

function useMessage(text: string, source: string): void {
  message.value = text;
  messageSource.textContent = source;
  if (!search.value.trim()) {
    suggest();
  }
}

/** Takes the agent's last selection on the page, else the page's last customer message. */
async function readPage(): Promise<void> {
  if (!tab) {
    return;
  }

  page = await tab.readPage();
  form.sharedByPage = page.fields;
  const selection = await tab.lastSelection();
  if (selection) {
    useMessage(selection.text, "(selected on the page)");
  } else if (page.message) {
    useMessage(page.message, "(the last customer message on the page)");
  } else {
    suggest();
  }
}

search.addEventListener("input", () => {
  if (form.isOpen) {
    backToResults();
  }

  showResultsFor();
});
search.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && search.value) {
    search.value = "";
    showResultsFor();
    event.preventDefault();
  } else if (results.key(event)) {
    event.preventDefault();
  }
});
message.addEventListener("input", () => {
  messageSource.textContent = "";
  if (!search.value.trim()) {
    suggest();
  }
});
document.getElementById("back")?.addEventListener("click", backToResults);
document.getElementById("reread")?.addEventListener("click", () => void readPage());
document.getElementById("open-options")?.addEventListener("click", openOptions);
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && form.isOpen) {
    event.preventDefault();
    backToResults();
  }
});

function showTarget(box: string): void {
  target.textContent = box;
}

async function start(): Promise<void> {
  const settings = await loadSettings();
  if (!settings) {
    notice.show("Set the server address and your token in the options first.", true);
  } else {
    api = new KnowledgeBaseApi(settings);
    server.textContent = api.origin;
  }

  tab = await TabLink.resolve();
  tab?.onSelection((record) => useMessage(record.text, "(selected on the page)"));
  tab?.onFocus((record) => showTarget(record.box));
  const focus = await tab?.lastFocus();
  if (focus) {
    showTarget(focus.box);
  }

  if (tab && !tab.fixed) {
    // The side panel follows the agent from tab to tab in its window.
    const windowId = (await chrome.windows.getCurrent()).id;
    chrome.tabs.onActivated.addListener((info) => {
      if (info.windowId === windowId) {
        location.reload();
      }
    });
  }

  chrome.storage.local.onChanged.addListener(() => location.reload());
  search.focus();
  document.body.dataset.ready = "true";
  if (api) {
    await readPage();
  }
}

void start();
