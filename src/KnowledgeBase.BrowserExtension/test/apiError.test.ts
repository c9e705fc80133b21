import assert from "node:assert/strict";
import { test } from "node:test";
import { parseRetryAfter, rateLimited, tokenRefused } from "../src/shared/apiError";

test("Retry-After in seconds or as an HTTP date (RFC 9110)", () => {
  const now = Date.parse("2026-12-05T10:00:00Z");
  assert.equal(parseRetryAfter("7", now), 7);
  assert.equal(parseRetryAfter(" 120 ", now), 120);
  assert.equal(parseRetryAfter("Sat, 05 Dec 2026 10:00:30 GMT", now), 30);
  assert.equal(parseRetryAfter("Sat, 05 Dec 2026 09:00:00 GMT", now), 0);
  assert.equal(parseRetryAfter(null, now), null);
  assert.equal(parseRetryAfter("soon", now), null);
});

test("the messages the agent reads", () => {
  assert.equal(tokenRefused, "The token was refused — create a new one on My details");
  assert.equal(rateLimited(7).message, "Too many requests to KnowledgeBase — try again in 7 seconds.");
  assert.equal(rateLimited(1).message, "Too many requests to KnowledgeBase — try again in 1 second.");
  assert.equal(rateLimited(null).message, "Too many requests to KnowledgeBase — try again in a moment.");
});
