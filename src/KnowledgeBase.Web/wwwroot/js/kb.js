// Browser-side helpers for KnowledgeBase: keyboard shortcuts, clipboard, local preferences,
// and section deep links. Kept small on purpose; everything else happens in Blazor on the server.
window.kb = (() => {
  const isTyping = (element) =>
    element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));

  // "/" anywhere (outside a text field) jumps to the search box, on the search page or from any other page.
  document.addEventListener('keydown', (event) => {
    // Not inside a help desk's panel (the embed), which has no search and stays on its page.
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(document.activeElement)
      && !document.querySelector('.embed-page')) {
      event.preventDefault();
      const box = document.getElementById('search-input');
      if (box) {
        box.focus();
        box.select();
      } else if (window.Blazor) {
        window.Blazor.navigateTo('/');
      } else {
        window.location.assign('/');
      }
    }
  });

  // Ctrl+S (Cmd+S) in the editor saves through the form's own Save button, instead of the browser's
  // "Save page". Before the page is live the submit is held (see heldAction below).
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      const save = document.getElementById('editor-save');
      if (save) {
        event.preventDefault();
        save.click();
      }
    }
  });

  const copyText = async (text) => {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      const area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      const copied = document.execCommand('copy');
      area.remove();
      return copied;
    }
  };

  // E-mail replies keep their paragraphs, lists and links when pasted into a mail client: the
  // clipboard gets text/html beside text/plain. Where ClipboardItem is missing, plain text only.
  const copyRich = async (text, html) => {
    try {
      if (window.ClipboardItem && navigator.clipboard && navigator.clipboard.write) {
        await navigator.clipboard.write([new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        })]);
        return true;
      }
    } catch {
      // Fall through to plain text.
    }
    return copyText(text);
  };

  const flash = (message) => {
    let toast = document.getElementById('kb-toast');
    if (!toast) {
      toast = document.createElement('div');
      toast.id = 'kb-toast';
      toast.className = 'toast';
      toast.setAttribute('role', 'status');
      toast.setAttribute('aria-live', 'polite');
      document.body.appendChild(toast);
    }
    toast.textContent = message;
    toast.classList.add('is-visible');
    clearTimeout(toast.hideTimer);
    toast.hideTimer = setTimeout(() => toast.classList.remove('is-visible'), 1800);
  };

  // Reply composer: the textarea owns its text (like the search box) and tells the server through
  // input events. Inserting goes through execCommand so Ctrl+Z undoes it like typing.
  const insertText = (id, start, end, text) => {
    const box = document.getElementById(id);
    if (!box) {
      return false;
    }
    box.focus();
    const from = Math.max(0, Math.min(start ?? box.selectionStart, box.value.length));
    const to = Math.max(from, Math.min(end ?? box.selectionEnd, box.value.length));
    box.setSelectionRange(from, to);
    if (!document.execCommand('insertText', false, text)) {
      box.setRangeText(text, from, to, 'end');
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return true;
  };

  const markerOpen = '\u27E6';
  const markerClose = '\u27E7';

  // Selects the next unfilled placeholder (⟦…⟧) after the caret, wrapping around, so typing replaces it.
  const selectNextMarker = (id) => {
    const box = document.getElementById(id);
    if (!box) {
      return false;
    }
    const value = box.value;
    let open = value.indexOf(markerOpen, box.selectionEnd);
    if (open < 0) {
      open = value.indexOf(markerOpen);
    }
    const close = open < 0 ? -1 : value.indexOf(markerClose, open);
    if (close < 0) {
      return false;
    }
    box.focus();
    box.setSelectionRange(open, close + 1);
    return true;
  };

  // "/" plus a shortcut at the caret opens the template picker; while it is open, arrows, Enter,
  // Tab and Esc drive the picker instead of the text.
  const watchSlash = (id, listener) => {
    const box = document.getElementById(id);
    if (!box || box.dataset.slashWatched) {
      return;
    }
    box.dataset.slashWatched = 'true';
    let open = null;
    const check = () => {
      const caret = box.selectionEnd;
      const match = box.selectionStart === caret ? /(^|\s)\/([\p{L}\p{N}_-]*)$/u.exec(box.value.slice(0, caret)) : null;
      if (match) {
        const start = caret - match[2].length - 1;
        const key = `${start}:${match[2]}`;
        if (open !== key) {
          open = key;
          listener.invokeMethodAsync('OnSlash', match[2], start, caret);
        }
      } else if (open !== null) {
        open = null;
        listener.invokeMethodAsync('OnSlashClosed');
      }
    };
    box.addEventListener('input', check);
    box.addEventListener('click', check);
    box.addEventListener('keyup', (event) => {
      if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) {
        check();
      }
    });
    box.addEventListener('keydown', (event) => {
      if (event.key === 'F2') {
        event.preventDefault();
        selectNextMarker(id);
      } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        listener.invokeMethodAsync('OnCopyRequested');
      } else if (open !== null && ['ArrowUp', 'ArrowDown', 'Enter', 'Tab', 'Escape'].includes(event.key) && !event.shiftKey) {
        event.preventDefault();
        if (event.key === 'Escape') {
          open = null;
        }
        listener.invokeMethodAsync('OnPickerKey', event.key);
      }
    });
    box.addEventListener('blur', () => {
      open = null;
    });
  };

  // Keeps the highlight layer behind a textarea scrolled with it.
  const followScroll = (textareaId, backdropId) => {
    const box = document.getElementById(textareaId);
    const backdrop = document.getElementById(backdropId);
    if (!box || !backdrop || box.dataset.scrollFollowed) {
      return;
    }
    box.dataset.scrollFollowed = 'true';
    box.addEventListener('scroll', () => {
      backdrop.scrollTop = box.scrollTop;
    });
  };

  // The connection bar and the error bar (Components/Layout/ConnectionStatus.razor): their buttons,
  // without inline handlers (the Content-Security-Policy allows scripts from files only).
  document.addEventListener('click', async (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) {
      return;
    }
    if (target.closest('[data-kb-reload]')) {
      window.location.reload();
    } else if (target.closest('#components-reconnect-button') && window.Blazor) {
      try {
        // true: back on the same session; false: the server no longer knows it, so only a reload helps.
        if (!(await window.Blazor.reconnect())) {
          window.location.reload();
        }
      } catch {
        // Still unreachable: Blazor keeps showing the "could not reconnect" state.
      }
    } else if (target.closest('#components-resume-button') && window.Blazor) {
      if (!(await window.Blazor.resumeCircuit())) {
        document.getElementById('components-reconnect-modal')?.classList.add('components-reconnect-resume-failed');
      }
    }
  });

  // In the search box, Tab goes straight to the selected template's form when one is shown beside the results.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Tab' && !event.shiftKey && event.target && event.target.id === 'search-input') {
      const field = document.querySelector('#template-panel .filler-fields :is(input, textarea, select)')
        || document.querySelector('#template-panel :is(input, textarea, select, button)');
      if (field) {
        event.preventDefault();
        field.focus();
      }
    }
  });

  // Fields marked data-kb-keep (the customer's message, the reply, the editor's fields, a
  // template's fields and choices) can be used as soon as the page shows, before it is live. Blazor
  // then replaces the page with the live one, whose fields hold what the server rendered (a help
  // desk's link pre-fills them): what the person typed or chose wins, the caret stays where it was,
  // and the live field reports it as an input and a change, so the server hears it like any other.
  const typedBeforeLive = new Map();
  let typingIn = null;
  let restoring = false;
  const isLive = () => document.body.dataset.ready === 'true';
  const isCheck = (box) => box instanceof HTMLInputElement && (box.type === 'checkbox' || box.type === 'radio');
  const remember = (event) => {
    const box = event.target;
    if (box instanceof HTMLElement && box.dataset.kbKeep !== undefined && box.id && !isLive() && !restoring) {
      const text = typeof box.selectionStart === 'number' && !isCheck(box);
      // Choosing a radio button unchooses the others of its group without an event: forget them, and
      // put the latest choice last, so it is the one restored last.
      if (box instanceof HTMLInputElement && box.type === 'radio' && box.name) {
        document.querySelectorAll(`input[type=radio][name="${CSS.escape(box.name)}"]`).forEach((other) => typedBeforeLive.delete(other.id));
      }
      typedBeforeLive.delete(box.id);
      typedBeforeLive.set(box.id, {
        value: isCheck(box) ? box.checked : box.value,
        start: text ? box.selectionStart : null,
        end: text ? box.selectionEnd : null,
      });
      typingIn = box.id;
    }
  };
  document.addEventListener('input', remember, true);
  document.addEventListener('change', remember, true);

  // Before the page is live its buttons do nothing and its forms would be sent natively (a reload
  // that loses what was typed). The person's last action there is held and carried out by the live
  // page: a page's button (Disable, Restore, Mark reviewed…) or a form the live page handles (one
  // without a method; sign-out and sign-in forms post natively and are left alone).
  let heldAction = null;
  // How to find the same element in the live page: its id, or its place among the page's elements
  // of its kind together with its text (a button whose text differs is not the same button).
  // The row or item around it must read the same too: in a list of "Disable" or "Restore" buttons, a
  // live page with one more button above would otherwise click the next row's.
  const textOf = (element) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  // (Rows and list items only: a larger block may hold a text box, whose text the live page keeps elsewhere.)
  const rowOf = (element) => textOf(element.closest('tr, li'));
  const keyOf = (element) => element.id
    ? { id: element.id }
    : { tag: element.tagName, index: [...document.querySelectorAll(element.tagName)].indexOf(element), text: textOf(element), row: rowOf(element) };
  const findByKey = (key) => {
    if (key.id) {
      return document.getElementById(key.id);
    }
    const element = document.querySelectorAll(key.tag)[key.index];
    return element && textOf(element) === key.text && rowOf(element) === key.row ? element : null;
  };
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (form instanceof HTMLFormElement && !form.hasAttribute('method') && !isLive()) {
      event.preventDefault();
      heldAction = { kind: 'submit', key: keyOf(form) };
    }
  }, true);
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('main button[type=button]') : null;
    if (button && !button.closest('[data-kb-reload]') && !button.disabled && !isLive()) {
      heldAction = { kind: 'click', key: keyOf(button) };
    }
  }, true);

  const restoreTyped = () => {
    // The events sent below are the live page's, not the person's: not remembered again.
    restoring = true;
    for (const [id, kept] of typedBeforeLive) {
      const box = document.getElementById(id);
      if (!box) {
        continue;
      }
      const changed = isCheck(box) ? box.checked !== kept.value : box.value !== kept.value;
      if (changed) {
        if (isCheck(box)) {
          box.checked = kept.value;
        } else {
          box.value = kept.value;
        }
        box.dispatchEvent(new Event('input', { bubbles: true }));
        box.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
    const box = typingIn ? document.getElementById(typingIn) : null;
    if (box && (document.activeElement === document.body || document.activeElement === null)) {
      box.focus();
      const kept = typedBeforeLive.get(typingIn);
      if (kept.start !== null && typeof box.setSelectionRange === 'function') {
        box.setSelectionRange(kept.start, kept.end);
      }
    }
    typedBeforeLive.clear();
    typingIn = null;
    restoring = false;
  };

  // Carries out the action held before the page was live, now that the live page handles it.
  const runHeld = () => {
    const action = heldAction;
    heldAction = null;
    const element = action ? findByKey(action.key) : null;
    if (action?.kind === 'submit' && element instanceof HTMLFormElement) {
      element.requestSubmit();
    } else if (action?.kind === 'click' && element instanceof HTMLButtonElement && !element.disabled) {
      element.click();
    }
  };

  return {
    insertText,
    selectNextMarker,
    watchSlash,
    followScroll,

    // Replaces a span only if it still holds what the server saw, so a click never edits the wrong words.
    replaceIfUnchanged: (id, start, end, expected, text) => {
      const box = document.getElementById(id);
      if (!box || box.value.substring(start, end) !== expected) {
        return false;
      }
      return insertText(id, start, end, text);
    },

    valueOf: (id) => document.getElementById(id)?.value ?? '',

    // Puts the caret at the end of a field and focuses it.
    focusEnd: (id) => {
      const box = document.getElementById(id);
      if (box) {
        box.focus();
        box.setSelectionRange(box.value.length, box.value.length);
      }
    },

    flash,

    // The page is interactive (the server circuit is connected): typing now reaches the server.
    markReady: () => {
      restoreTyped();
      document.body.dataset.ready = 'true';
      runHeld();
    },

    // Focus for a page that has just arrived: only if the person has not put the focus somewhere
    // already (a field they clicked and are typing in must keep every key).
    focusOnArrival: (id) => {
      const element = document.getElementById(id);
      if (element && (document.activeElement === document.body || document.activeElement === null)) {
        element.focus();
      }
    },

    focus: (id) => {
      const element = document.getElementById(id);
      if (element) {
        element.focus();
      }
    },

    copyText,

    copyRich,

    // Sets a field's text from the server (clearing, applying a suggestion) without a re-render racing the typist.
    setValue: (id, value) => {
      const element = document.getElementById(id);
      if (element && element.value !== value) {
        element.value = value;
      }
    },

    copyLink: async (path) => {
      const copied = await copyText(new URL(path, window.location.origin).href);
      flash(copied ? 'Link copied' : 'Could not copy the link');
      return copied;
    },

    getPreference: (key) => window.localStorage.getItem(key),

    setPreference: (key, value) => {
      if (value) {
        window.localStorage.setItem(key, value);
      } else {
        window.localStorage.removeItem(key);
      }
    },

    browserLanguage: () => navigator.language || null,

    // Keeps the selected result visible while arrowing through a long list.
    revealOption: (id) => {
      const option = document.getElementById(id);
      if (option) {
        option.scrollIntoView({ block: 'nearest' });
      }
    },

    // Scrolls to a section and marks it, for deep links opened from search or shared by a colleague.
    showSection: (anchor) => {
      document.querySelectorAll('.is-target').forEach((element) => element.classList.remove('is-target'));
      if (!anchor) {
        return false;
      }
      const heading = document.getElementById(decodeURIComponent(anchor));
      if (!heading) {
        return false;
      }
      heading.classList.add('is-target');
      heading.setAttribute('tabindex', '-1');
      heading.scrollIntoView({ block: 'start' });
      heading.focus({ preventScroll: true });
      return true;
    },

    // Adds a "copy link to this section" button to every heading with an anchor in an article body.
    enhanceHeadings: (containerId, pagePath) => {
      const container = document.getElementById(containerId);
      if (!container) {
        return;
      }
      container.querySelectorAll('h2[id], h3[id]').forEach((heading) => {
        if (heading.querySelector('.heading-link')) {
          return;
        }
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'heading-link';
        button.textContent = '#';
        button.setAttribute('aria-label', `Copy link to the section “${heading.textContent.trim()}”`);
        button.title = 'Copy link to this section';
        button.addEventListener('click', () => window.kb.copyLink(`${pagePath}#${heading.id}`));
        heading.appendChild(button);
      });
    },
  };
})();
