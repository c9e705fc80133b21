import { KnowledgeBaseApi } from "../shared/api";
import { ApiError } from "../shared/apiError";
import { loadSettings, normaliseServerUrl, originPattern, saveSettings, type Settings } from "../shared/settings";

// The options page: the server address and the agent's token, nothing else. Saving asks the browser
// for access to that server's origin only (optional_host_permissions) and checks both with one call.

const form = document.getElementById("options") as HTMLFormElement;
const serverInput = document.getElementById("server-url") as HTMLInputElement;
const tokenInput = document.getElementById("token") as HTMLInputElement;
const status = document.getElementById("status") as HTMLParagraphElement;

function say(text: string, tone: "good" | "bad" | "" = ""): void {
  status.textContent = text;
  status.className = tone;
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const server = normaliseServerUrl(serverInput.value);
  const token = tokenInput.value.trim();
  if ("error" in server) {
    say(server.error, "bad");
    serverInput.focus();
    return;
  }

  if (!token || /\s/.test(token)) {
    say("Paste the personal access token from My details (it starts with kb_).", "bad");
    tokenInput.focus();
    return;
  }

  // Asked here, synchronously in the click, because the browser only shows its prompt for a user gesture.
  const access = chrome.permissions.request({ origins: [originPattern(server.url)] }).catch(() => false);
  void save({ serverUrl: server.url, token }, access);
});

async function save(settings: Settings, access: Promise<boolean>): Promise<void> {
  serverInput.value = settings.serverUrl;
  await saveSettings(settings);
  say("Saved. Checking the server…");
  let problem = await check(settings);
  if (problem instanceof ApiError && (problem.kind === "no-permission" || problem.kind === "unreachable")) {
    // Not reachable yet: perhaps only because the agent has not answered the browser's prompt. A server
    // that allows this extension's origin (CORS) answers without it, which is why the check runs first.
    say(`Saved. Allow access to ${new URL(settings.serverUrl).origin} when the browser asks…`);
    if (await access) {
      problem = await check(settings);
    }
  }

  if (problem === null) {
    return;
  }

  say(`Saved, but: ${problem instanceof Error ? problem.message : String(problem)}`, "bad");
}

/** One authenticated request; null when it worked (and says so), else what went wrong. */
async function check(settings: Settings): Promise<unknown> {
  try {
    const templates = await new KnowledgeBaseApi(settings).templates();
    say(`Saved. Connected: ${templates.length} templates available.`, "good");
    return null;
  } catch (error) {
    return error;
  }
}

void loadSettings().then((settings) => {
  if (settings) {
    serverInput.value = settings.serverUrl;
    tokenInput.value = settings.token;
  }

  document.body.dataset.ready = "true";
});
