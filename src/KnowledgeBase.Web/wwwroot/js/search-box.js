// The search box belongs to the browser. What the agent types is never written back by the server:
// every change gets the next sequence number, goes into the address (?q=) at once and is sent to
// the server, which searches the newest text it has and answers with results marked with that
// number (data-searched). Keys that act on results (arrows, Enter, Esc) go the same way, in order,
// so they act on the results for what was typed before them.
//
// Listeners sit on the document, not on the box: Blazor replaces the prerendered box with the live
// one when the page connects, and a search page opened later is a new box too.
window.kbSearch = (() => {
  const boxId = 'search-input';
  const state = {
    sequence: 0, // the newest change to the box
    sent: 0, // the newest change the server has been sent
    text: null, // the box's text as of that change
    box: null, // the element the agent types into
    server: null, // the search page's .NET object, once the page is live
  };

  const isSearchPage = () => window.location.pathname === '/';

  // The address follows the box without a round trip; Blazor's own history state is kept, so Back
  // and its navigation bookkeeping are unaffected.
  const writeAddress = (text) => {
    if (!isSearchPage()) {
      return;
    }
    const url = new URL(window.location.href);
    if (text.trim()) {
      url.searchParams.set('q', text);
    } else {
      url.searchParams.delete('q');
    }
    if (url.href !== window.location.href) {
      window.history.replaceState(window.history.state, '', url.href);
    }
  };

  const send = () => {
    if (state.server && state.text !== null && state.sent < state.sequence) {
      state.sent = state.sequence;
      state.server.invokeMethodAsync('Typed', state.sequence, state.text).catch(() => {
        // The circuit is gone; the reconnect notice tells the agent.
      });
    }
  };

  const changed = (box, text, address = true) => {
    state.sequence += 1;
    state.text = text;
    box.dataset.sequence = String(state.sequence);
    if (address) {
      writeAddress(text);
    }
    send();
  };

  const key = (name, ctrl) => {
    if (state.server) {
      state.server.invokeMethodAsync('Key', state.sequence, name, ctrl).catch(() => {});
    }
  };

  // A new box replaced the one the agent was typing into (Blazor swaps the prerendered page for the
  // live one when it connects): it gets the agent's text and the focus before another key can
  // arrive. A box on a search page opened later starts from what the server rendered.
  const adopt = () => {
    const box = document.getElementById(boxId);
    if (box === state.box) {
      return;
    }
    state.box = box;
    if (!box) {
      // The search page is gone, and its .NET object with it; after leaving it, nothing carries over.
      state.server = null;
      if (!isSearchPage()) {
        state.text = null;
      }
      return;
    }
    box.dataset.sequence = String(state.sequence);
    if (state.text === null) {
      state.text = box.value;
    } else {
      if (box.value !== state.text) {
        box.value = state.text;
      }
      // The old box took the focus with it; nothing else has it yet.
      if (document.activeElement === document.body || document.activeElement === null) {
        box.focus();
        box.setSelectionRange(box.value.length, box.value.length);
      }
    }
    // Keys kept while there was no box reach a live page that is already listening.
    send();
  };

  new MutationObserver(adopt).observe(document.documentElement, { childList: true, subtree: true });
  adopt();

  document.addEventListener('input', (event) => {
    if (event.target && event.target.id === boxId) {
      adopt();
      changed(event.target, event.target.value);
    }
  }, true);

  // A live render can write the box without an input event (the first one after connecting renders
  // the text the address held when the circuit started, while the agent kept typing). Before the
  // next edit applies, the box gets back what the agent typed, so the key lands where they expect.
  document.addEventListener('beforeinput', (event) => {
    const box = event.target;
    if (box && box.id === boxId && box === state.box && state.text !== null && box.value !== state.text) {
      box.value = state.text;
      box.setSelectionRange(box.value.length, box.value.length);
    }
  }, true);

  // Between the prerendered box leaving the page and the live one arriving there is no box: keys
  // pressed then would go nowhere. On the search page they are kept and given to the next box.
  document.addEventListener('keydown', (event) => {
    if (state.box || state.text === null || !isSearchPage() || event.defaultPrevented || event.isComposing
      || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    const target = event.target;
    if (target !== document.body && target !== document.documentElement && target !== document) {
      return;
    }
    if (event.key === 'Backspace') {
      state.text = state.text.slice(0, -1);
    } else if ([...event.key].length === 1) {
      state.text += event.key;
    } else {
      return;
    }
    event.preventDefault();
    state.sequence += 1;
    writeAddress(state.text);
  }, true);

  document.addEventListener('keydown', (event) => {
    const box = event.target;
    if (!box || box.id !== boxId || event.isComposing || event.altKey) {
      return;
    }
    switch (event.key) {
      case 'Escape':
        // Cleared here, not by the server: a letter typed right after Esc must survive.
        event.preventDefault();
        key('Escape', false);
        if (box.value !== '') {
          box.value = '';
          changed(box, '');
        }
        break;
      case 'ArrowDown':
      case 'ArrowUp':
      case 'Enter':
        event.preventDefault();
        key(event.key, event.ctrlKey || event.metaKey);
        break;
      default:
        break;
    }
  }, true);

  // A result is a real link (middle-click, open in new tab, copy link address all work); opening one
  // is told to the server first, for insights, and the browser or Blazor then follows the link.
  const opened = (event) => {
    const link = event.target instanceof Element ? event.target.closest('#results a[data-document]') : null;
    if (link && state.server) {
      state.server.invokeMethodAsync('Opened', link.dataset.document).catch(() => {});
    }
  };
  document.addEventListener('click', opened, true);
  document.addEventListener('auxclick', (event) => {
    if (event.button === 1) {
      opened(event);
    }
  }, true);

  return {
    // The live search page: it learns the box's text now, whatever was typed before it connected.
    attach: (server) => {
      state.server = server;
      adopt();
      const box = state.box;
      if (box) {
        // The live page's first render may have written the box with what the address said when the
        // circuit started, while the agent was still typing: what the agent typed wins.
        if (state.text !== null && box.value !== state.text) {
          box.value = state.text;
        }
        state.sent = 0;
        changed(box, box.value);
      }
    },

    // The server's text for the box (Back, a shared link, "did you mean"): taken only if the agent
    // has not typed since the server last heard from the box, so it never overwrites typing. With
    // keepAddress the current history entry keeps its text (a new entry follows).
    setText: (text, knownSequence, keepAddress) => {
      const box = state.box;
      if (!box || state.sequence !== knownSequence) {
        return false;
      }
      if (box.value !== text) {
        box.value = text;
      }
      changed(box, text, !keepAddress);
      return true;
    },

    // A filter or "did you mean" adds a history entry; the address takes the box's current text.
    navigate: (filters, replace) => {
      const url = new URL('/', window.location.origin);
      const text = state.box ? state.box.value : '';
      if (text.trim()) {
        url.searchParams.set('q', text);
      }
      for (const [name, value] of Object.entries(filters)) {
        if (value) {
          url.searchParams.set(name, value);
        }
      }
      window.Blazor.navigateTo(url.pathname + url.search, { replaceHistoryEntry: replace });
    },

    sequence: () => state.sequence,
  };
})();
