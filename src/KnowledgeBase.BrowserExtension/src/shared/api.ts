import { ApiError, noPermission, parseRetryAfter, rateLimited, tokenRefused, unreachable } from "./apiError";
import type { Hit, RenderRequest, RenderResponse, SearchResponse, SuggestResponse, TemplateDefinition } from "./apiTypes";
import { originPattern, type Settings } from "./settings";

/**
 * The REST API (/api/v1) with the agent's token. Only this class sends anything over the network,
 * and only to the configured server. Cookies are never sent (credentials: "omit"): the token alone
 * signs the agent in, so a KnowledgeBase tab open in the same browser lends the extension nothing.
 */
export class KnowledgeBaseApi {
  /** After a 429, no request is sent before this time (ms since epoch): the server asked us to wait. */
  private blockedUntil = 0;

  constructor(
    private readonly settings: Settings,
    private readonly now: () => number = Date.now,
  ) {}

  get origin(): string {
    return new URL(this.settings.serverUrl).origin;
  }

  /** An address in the web app (for "open in KnowledgeBase"). */
  pageUrl(path: string): string {
    return `${this.settings.serverUrl}/${path.replace(/^\/+/, "")}`;
  }

  search(query: string, options: { lang?: string | null; top?: number }, signal?: AbortSignal): Promise<SearchResponse> {
    const parameters = new URLSearchParams({ q: query, top: String(options.top ?? 10) });
    if (options.lang) {
      parameters.set("lang", options.lang);
    }

    return this.request<SearchResponse>("GET", `search?${parameters}`, undefined, signal);
  }

  suggest(message: string, lang: string | null, top: number, signal?: AbortSignal): Promise<SuggestResponse> {
    return this.request<SuggestResponse>("POST", "suggest", { message, lang: lang ?? undefined, top }, signal);
  }

  template(id: string, signal?: AbortSignal): Promise<TemplateDefinition> {
    return this.request<TemplateDefinition>("GET", `templates?${new URLSearchParams({ id })}`, undefined, signal);
  }

  render(body: RenderRequest, signal?: AbortSignal): Promise<RenderResponse> {
    return this.request<RenderResponse>("POST", "render", body, signal);
  }

  /** Counts the use in the team's insights, as copying or inserting in the web app does. */
  async templateUsed(id: string, channel: string): Promise<void> {
    await this.request<void>("POST", "events/template-used", { id, channel });
  }

  /** A cheap authenticated call the options page uses to check the address and token. */
  templates(signal?: AbortSignal): Promise<Pick<Hit, "id" | "lang" | "title">[]> {
    return this.request("GET", "templates", undefined, signal);
  }

  private async request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const wait = Math.ceil((this.blockedUntil - this.now()) / 1000);
    if (wait > 0) {
      throw rateLimited(wait);
    }

    const headers: Record<string, string> = {
      Accept: "application/json, application/problem+json",
      Authorization: `Bearer ${this.settings.token}`,
    };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
    }

    let response: Response;
    try {
      response = await fetch(`${this.settings.serverUrl}/api/v1/${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
        credentials: "omit",
        cache: "no-store",
        redirect: "error",
      });
    } catch (error) {
      if (signal?.aborted) {
        throw error;
      }

      // fetch says nothing more than "Failed to fetch": tell a missing host permission apart from a server that is down.
      throw (await this.mayContactServer()) ? unreachable(this.origin) : noPermission(this.origin);
    }

    if (response.ok) {
      return (response.status === 204 ? undefined : await response.json()) as T;
    }

    throw await this.errorFrom(response);
  }

  private async errorFrom(response: Response): Promise<ApiError> {
    const problem = await readProblem(response);
    switch (response.status) {
      case 401:
        return new ApiError(tokenRefused, "unauthorized", 401);
      case 403:
        return new ApiError("Your account's role may not do this in KnowledgeBase.", "forbidden", 403);
      case 404:
        return new ApiError(problem.detail ?? problem.title ?? "Not found in KnowledgeBase (it may have been moved or deleted).", "not-found", 404);
      case 422:
      case 400:
        return new ApiError(
          problem.detail ?? problem.title ?? "The server did not accept this.",
          "invalid",
          response.status,
          problem.errors ?? {},
          null,
          typeof problem.text === "string" ? problem.text : null,
        );
      case 429: {
        const seconds = parseRetryAfter(response.headers.get("Retry-After"), this.now());
        this.blockedUntil = this.now() + (seconds ?? 1) * 1000;
        return rateLimited(seconds);
      }
      default:
        return new ApiError(
          `The KnowledgeBase server failed (HTTP ${response.status}). Try again; if it keeps failing, tell your admin.`,
          "server",
          response.status,
        );
    }
  }

  private async mayContactServer(): Promise<boolean> {
    try {
      return await chrome.permissions.contains({ origins: [originPattern(this.settings.serverUrl)] });
    } catch {
      return true;
    }
  }
}

interface Problem {
  title?: string;
  detail?: string;
  errors?: Record<string, string[]>;
  /** A render's 422 carries the reply with ⟦gaps⟧ as well. */
  text?: unknown;
}

async function readProblem(response: Response): Promise<Problem> {
  try {
    const json: unknown = await response.json();
    return typeof json === "object" && json !== null ? (json as Problem) : {};
  } catch {
    return {};
  }
}
