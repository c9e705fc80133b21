// The extension's only settings: where the server is and the agent's personal access token.
// Kept in chrome.storage.local (this browser profile only; never synced).

export interface Settings {
  /** The server's base address without a trailing slash, e.g. https://kb.example.com or https://intranet/kb. */
  serverUrl: string;
  token: string;
}

const keys = ["serverUrl", "token"] as const;

export async function loadSettings(): Promise<Settings | null> {
  const stored = await chrome.storage.local.get([...keys]);
  const serverUrl = typeof stored.serverUrl === "string" ? stored.serverUrl : "";
  const token = typeof stored.token === "string" ? stored.token : "";
  return serverUrl && token ? { serverUrl, token } : null;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await chrome.storage.local.set({ serverUrl: settings.serverUrl, token: settings.token });
}

/**
 * Normalises what the agent typed into a base address: http(s) only, no query or fragment, no
 * trailing slash. Returns null with a reason when it is not an address the extension can use.
 */
export function normaliseServerUrl(typed: string): { url: string } | { error: string } {
  let parsed: URL;
  try {
    parsed = new URL(typed.trim());
  } catch {
    return { error: "Enter the full address of your KnowledgeBase, e.g. https://kb.example.com" };
  }

  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    return { error: "The address must start with https:// (or http:// for a server on this computer)." };
  }

  if (parsed.username || parsed.password) {
    return { error: "Leave the user name and password out of the address; the token signs you in." };
  }

  const path = parsed.pathname.replace(/\/+$/, "");
  return { url: `${parsed.origin}${path}` };
}

/** The host permission pattern for the server: its origin only (ports included), nothing else. */
export function originPattern(serverUrl: string): string {
  return `${new URL(serverUrl).origin}/*`;
}
