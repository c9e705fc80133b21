// Browser-side helpers for KnowledgeBase: keyboard shortcuts, clipboard, local preferences,
// and section deep links. Kept small on purpose; everything else happens in Blazor on the server.
window.kb = (() => {
  const isTyping = (element) =>
    element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));

  // "/" anywhere (outside a text field) jumps to the search box, on the search page or from any other page.
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(document.activeElement)) {
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

  // In the search box, arrows move the selection and Enter opens it: keep the caret and forms still.
  document.addEventListener('keydown', (event) => {
    if (event.target && event.target.id === 'search-input' && ['ArrowUp', 'ArrowDown', 'Enter'].includes(event.key)) {
      event.preventDefault();
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

  return {
    // The page is interactive (the server circuit is connected): typing now reaches the server.
    markReady: () => {
      document.body.dataset.ready = 'true';
    },

    focus: (id) => {
      const element = document.getElementById(id);
      if (element) {
        element.focus();
      }
    },

    copyText,

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
