// What can go wrong talking to the server, with the sentence the agent reads for each.

export type ApiErrorKind =
  | "unauthorized"
  | "forbidden"
  | "rate-limited"
  | "unreachable"
  | "no-permission"
  | "invalid"
  | "not-found"
  | "server";

export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: ApiErrorKind,
    readonly status: number | null = null,
    /** For 422: the problem details' errors, by field name. */
    readonly fieldErrors: Record<string, string[]> = {},
    readonly retryAfterSeconds: number | null = null,
    /** For a render's 422: the reply with ⟦gaps⟧ where values are missing, for the live preview. */
    readonly preview: string | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The sentence for a refused token; the issue asks for exactly this wording. */
export const tokenRefused = "The token was refused — create a new one on My details";

export function unreachable(origin: string): ApiError {
  return new ApiError(
    `Cannot reach the KnowledgeBase server at ${origin}. Check the address in the options and that the server is running.`,
    "unreachable",
  );
}

export function noPermission(origin: string): ApiError {
  return new ApiError(
    `Cannot reach the KnowledgeBase server at ${origin}: it may be down, or this extension may not contact it yet — open the options, press Save and allow access when the browser asks.`,
    "no-permission",
  );
}

export function rateLimited(seconds: number | null): ApiError {
  const when = seconds === null ? "in a moment" : `in ${seconds} ${seconds === 1 ? "second" : "seconds"}`;
  return new ApiError(`Too many requests to KnowledgeBase — try again ${when}.`, "rate-limited", 429, {}, seconds);
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) {
    return null;
  }

  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    return Number(trimmed);
  }

  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}
