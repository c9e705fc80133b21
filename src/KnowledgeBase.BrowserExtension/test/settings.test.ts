import assert from "node:assert/strict";
import { test } from "node:test";
import { normaliseServerUrl, originPattern } from "../src/shared/settings";

test("server addresses are normalised to a base without a trailing slash", () => {
  assert.deepEqual(normaliseServerUrl(" https://kb.example.com/ "), { url: "https://kb.example.com" });
  assert.deepEqual(normaliseServerUrl("https://intranet.example.com/kb/?x=1#y"), { url: "https://intranet.example.com/kb" });
  assert.deepEqual(normaliseServerUrl("http://127.0.0.1:5080"), { url: "http://127.0.0.1:5080" });
});

test("addresses the extension cannot use are refused with the reason", () => {
  assert.ok("error" in normaliseServerUrl("kb.example.com"));
  assert.ok("error" in normaliseServerUrl("ftp://kb.example.com"));
  assert.ok("error" in normaliseServerUrl("https://ada:secret@kb.example.com"));
});

test("the host permission asked for is the server's origin only", () => {
  assert.equal(originPattern("https://intranet.example.com/kb"), "https://intranet.example.com/*");
  assert.equal(originPattern("http://127.0.0.1:5080"), "http://127.0.0.1:5080/*");
});
