// The editor's Markdown body: the browser owns the text while the lead types. Each input event
// sends the server only what changed (one splice: where, how much was removed, what was inserted),
// never the whole text, so a 200 KB SOP costs a few bytes per keystroke and no message comes near
// SignalR's size limit (long inserts, like a paste, go in chunks). The text is also kept in
// localStorage as a draft until it is saved, so a dropped connection or a crashed tab loses nothing.

// Images and PDFs pasted or dropped into the text, or picked with "Attach file" (Alt+Shift+F), go
// to POST /media as they are; the server checks them, removes their metadata, stores them and
// answers with the Markdown link, which goes in where the caret was, or with the reason it refused.

const draftPrefix = 'kb-draft:';
const states = new WeakMap();

const keyPrefix = (documentKey) => `${draftPrefix}${documentKey}:`;

// The newest draft kept for this document, whatever hash it was made on.
const findDraft = (documentKey) => {
  let newest = null;
  const prefix = keyPrefix(documentKey);
  for (let i = 0; i < window.localStorage.length; i++) {
    const key = window.localStorage.key(i);
    if (!key || !key.startsWith(prefix)) {
      continue;
    }
    try {
      const draft = JSON.parse(window.localStorage.getItem(key));
      if (draft && typeof draft.body === 'string' && (!newest || draft.savedAt > newest.draft.savedAt)) {
        newest = { key, draft };
      }
    } catch {
      window.localStorage.removeItem(key);
    }
  }
  return newest;
};

const removeDrafts = (documentKey) => {
  const prefix = keyPrefix(documentKey);
  const keys = [];
  for (let i = 0; i < window.localStorage.length; i++) {
    const key = window.localStorage.key(i);
    if (key && key.startsWith(prefix)) {
      keys.push(key);
    }
  }
  keys.forEach((key) => window.localStorage.removeItem(key));
};

// Where two texts differ, as one splice: the common start and end are left out.
const splice = (before, after) => {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) {
    start++;
  }
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) {
    end++;
  }
  return { start, removed: before.length - start - end, inserted: after.slice(start, after.length - end) };
};

// Sends one change as ApplyEdit calls, without waiting for answers: SignalR keeps them in order and
// the server applies them in order, so a Save clicked right after typing sees every character.
const send = (state, change) => {
  const { chunkChars, version } = state.options;
  let at = change.start;
  let removed = change.removed;
  let offset = 0;
  let last;
  do {
    const piece = change.inserted.slice(offset, offset + chunkChars);
    last = state.dotnet.invokeMethodAsync('ApplyEdit', version, at, removed, piece);
    last.catch(() => {
      state.broken = true;
    });
    at += piece.length;
    offset += piece.length;
    removed = 0;
  } while (offset < change.inserted.length);
  return last;
};

// Replaces the server's copy with the whole text (after a lost connection or a disagreement).
const resend = (state) => {
  state.broken = false;
  state.sent = state.box.value;
  state.dotnet.invokeMethodAsync('BeginReplace', state.options.version).catch(() => {
    state.broken = true;
  });
  return send(state, { start: 0, removed: 0, inserted: state.sent });
};

// Sends what changed since the last sync. The server answers with its text's length; when that
// disagrees with the textarea, the whole text goes again, so the copies always end up equal.
const sync = (state) => {
  const value = state.box.value;
  if (state.broken) {
    state.pending = watch(state, resend(state), value.length);
    return state.pending;
  }
  if (value === state.sent) {
    return state.pending;
  }
  const change = splice(state.sent, value);
  state.sent = value;
  state.pending = watch(state, send(state, change), value.length);
  return state.pending;
};

const watch = (state, answer, expected) => answer.then((length) => {
  if (length !== expected && length !== -2 && state.sent === state.box.value && state.sent.length === expected) {
    return resend(state);
  }
  return length;
}, () => {
  state.broken = true;
});

// FNV-1a over UTF-16 code units, as the server's TextFingerprint computes it.
export const fingerprint = (text) => {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  }
  return hash;
};

const storeDraft = (state) => {
  clearTimeout(state.draftTimer);
  state.draftTimer = null;
  const { key, hash } = state.options;
  if (!key) {
    return;
  }
  const body = state.box.value;
  const unchanged = body === state.originalBody && state.fields === state.originalFields;
  try {
    removeDrafts(key);
    if (!unchanged) {
      window.localStorage.setItem(`${keyPrefix(key)}${hash || 'new'}`,
        JSON.stringify({ hash: hash || '', savedAt: Date.now(), body, fields: state.fields }));
    }
  } catch {
    // Storage full or disabled: the editor still works, only without the safety net.
  }
};

const scheduleDraft = (state) => {
  if (!state.draftTimer) {
    state.draftTimer = setTimeout(() => storeDraft(state), state.options.draftDelayMs);
  }
};

// The editor on the page now: the "Attach file" button and its file input outlive a textarea
// replaced by a new version of the text, so they act on whichever body is attached last.
let current = null;
const wired = new WeakSet();

const showAttachStatus = (message, refused) => {
  const status = document.getElementById('edit-attach-status');
  if (status) {
    status.textContent = message;
    status.classList.toggle('is-refused', refused);
  }
};

// Types the link in where the selection was when the file came (or at the caret, if the text
// changed meanwhile) and syncs it like typing. An image's alt text is left selected to be replaced.
// Returns where the inserted text ends.
const insertLink = (state, text, selection) => {
  const box = state.box;
  const unchanged = box.value === selection.value;
  const start = unchanged ? selection.start : box.selectionStart;
  const end = unchanged ? selection.end : box.selectionEnd;
  box.focus();
  box.setRangeText(text, start, end, 'end');
  const image = text.indexOf('![');
  if (image >= 0) {
    box.setSelectionRange(start + image + 2, start + text.indexOf(']('));
  }
  box.dispatchEvent(new Event('input', { bubbles: true }));
  return start + text.length;
};

// The server's own words when it gave them; otherwise what its answer means (a sign-in page
// after a redirect, the role's 403 page, a proxy's error).
const refusal = (response, answer) => {
  if (answer && answer.message) {
    return answer.message;
  }
  if (response && (response.redirected || response.status === 401)) {
    return 'Not attached: you are no longer signed in. Sign in again in a new tab, then attach the file again.';
  }
  if (response && response.status === 403) {
    return 'Not attached: only team leads and admins may attach files.';
  }
  return `Not attached: the server did not answer${response ? ` (${response.status})` : ''}. Try again.`;
};

// Uploads one file and puts its link in (after <separator>); returns where the link ends, or -1.
const attachFile = async (state, file, selection, separator) => {
  const documentPath = document.getElementById('edit-attach')?.dataset.document || '';
  const token = document.querySelector('input[name="__RequestVerificationToken"]')?.value || '';
  showAttachStatus(`Attaching ${file.name || 'the file'}…`, false);
  let response;
  let answer = null;
  try {
    response = await fetch(`/media?document=${encodeURIComponent(documentPath)}&name=${encodeURIComponent(file.name || '')}`, {
      method: 'POST',
      body: file,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/octet-stream', RequestVerificationToken: token },
    });
    answer = await response.json();
  } catch {
    // No answer, or not ours (a proxy's error page): the message below says so.
  }
  if (!response || !response.ok || !answer || !answer.markdown) {
    showAttachStatus(refusal(response, answer), true);
    return -1;
  }
  const end = insertLink(state, separator + answer.markdown, selection);
  showAttachStatus(`${answer.message} ${answer.url}`, false);
  return end;
};

// Several files at once go in one after another, a blank line apart, where the caret was.
const attachFiles = async (state, files) => {
  let selection = { value: state.box.value, start: state.box.selectionStart, end: state.box.selectionEnd };
  for (const [index, file] of files.entries()) {
    const end = await attachFile(state, file, selection, index === 0 ? '' : '\n\n');
    if (end < 0) {
      return;
    }
    selection = { value: state.box.value, start: end, end };
  }
};

const openFilePicker = () => document.getElementById('edit-attach-file')?.click();

const isAttachShortcut = (event) => event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyF';

const wireAttachControls = () => {
  const button = document.getElementById('edit-attach');
  const input = document.getElementById('edit-attach-file');
  if (!button || !input || wired.has(button)) {
    return;
  }
  wired.add(button);
  button.addEventListener('click', openFilePicker);
  input.addEventListener('change', () => {
    const files = [...input.files];
    input.value = '';
    if (current && files.length > 0) {
      attachFiles(current, files);
    }
  });
};

const wireAttachBox = (state) => {
  const box = state.box;
  box.addEventListener('paste', (event) => {
    const data = event.clipboardData;
    if (!data || data.files.length === 0) {
      return;
    }
    // Text wins: cells copied from a spreadsheet or a document also carry a picture of themselves.
    if (data.types.includes('text/plain') && data.getData('text/plain').trim() !== '') {
      return;
    }
    event.preventDefault();
    attachFiles(state, [...data.files]);
  });
  box.addEventListener('dragover', (event) => {
    if (event.dataTransfer && event.dataTransfer.types.includes('Files')) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  });
  box.addEventListener('drop', (event) => {
    const files = event.dataTransfer ? [...event.dataTransfer.files] : [];
    if (files.length > 0) {
      event.preventDefault();
      attachFiles(state, files);
    }
  });
  box.addEventListener('keydown', (event) => {
    if (isAttachShortcut(event)) {
      event.preventDefault();
      openFilePicker();
    }
  });
};

/**
 * Starts syncing a freshly rendered body textarea. Returns the draft this browser kept for the
 * document (made on another hash: stale), or null. A draft equal to what is open is dropped.
 */
export function attach(box, dotnet, options) {
  const previous = states.get(box);
  if (previous) {
    previous.dotnet = dotnet;
    previous.options = options;
    current = previous;
    return null;
  }
  const state = {
    box,
    dotnet,
    options,
    sent: box.value,
    originalBody: box.value,
    fields: options.fields,
    originalFields: options.fields,
    pending: Promise.resolve(),
    broken: false,
    draftTimer: null,
  };
  states.set(box, state);
  current = state;
  wireAttachControls();
  wireAttachBox(state);
  box.addEventListener('input', () => {
    sync(state);
    scheduleDraft(state);
  });
  // Back after a lost connection (the same circuit): bring the server's copy up to date at once.
  document.getElementById('components-reconnect-modal')?.addEventListener('components-reconnect-state-changed', (event) => {
    if (event.detail && event.detail.state === 'hide' && state.broken) {
      sync(state);
    }
  });
  // Leaving or crashing between keystroke and timer must not lose the last words.
  window.addEventListener('pagehide', () => storeDraft(state));
  // On a slow link the textarea takes keys before this script arrives: what was typed then has
  // not reached the server, whose copy is still what it rendered. Sent whole, before answering.
  if (typeof options.fingerprint === 'number' && fingerprint(box.value) !== options.fingerprint) {
    state.broken = true;
    sync(state);
    scheduleDraft(state);
  }

  if (!options.key || options.restored) {
    return null;
  }
  const found = findDraft(options.key);
  if (!found) {
    return null;
  }
  if (found.draft.body === state.originalBody && found.draft.fields === state.originalFields && found.draft.hash === (options.hash || '')) {
    window.localStorage.removeItem(found.key);
    return null;
  }
  return { hash: found.draft.hash, savedAt: found.draft.savedAt, length: found.draft.body.length };
}

/** The form fields changed on the server (they are small): kept with the body in the draft. */
export function setFields(box, fields) {
  const state = states.get(box);
  if (state) {
    state.fields = fields;
    scheduleDraft(state);
  }
}

/** Puts the kept draft's text into the textarea, syncs it to the server, and returns its fields and hash. */
export async function restore(box) {
  const state = states.get(box);
  const found = state && findDraft(state.options.key);
  if (!found) {
    return null;
  }
  box.value = found.draft.body;
  state.fields = found.draft.fields;
  await resend(state);
  return { hash: found.draft.hash, fields: found.draft.fields };
}

/** Forgets the kept draft. */
export function discard(box) {
  const state = states.get(box);
  if (state) {
    removeDrafts(state.options.key);
  }
}

/** Saved: the draft is no longer needed; what is on screen is now the opened version. */
export async function saved(box, key, hash, fields) {
  const state = states.get(box);
  if (!state) {
    return;
  }
  await state.pending;
  clearTimeout(state.draftTimer);
  state.draftTimer = null;
  removeDrafts(state.options.key);
  state.options = { ...state.options, key, hash };
  state.originalBody = box.value;
  state.fields = fields;
  state.originalFields = fields;
}

/** Resolves once every change typed so far has reached the server (before saving). */
export function flush(box) {
  const state = states.get(box);
  return state ? sync(state) : Promise.resolve();
}
