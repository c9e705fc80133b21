// The Chatwoot dashboard app (/embed/chatwoot). Chatwoot frames the page beside a conversation and
// posts its context as a JSON string: { event: 'appContext', data: { conversation, contact,
// currentAgent } } when the frame loads, and again whenever the page asks with
// window.parent.postMessage('chatwoot-dashboard-app:fetch-info', '*').
//
// This script listens from the first moment (Chatwoot posts on load, before the page is live), takes
// messages only from the parent window at a configured origin, parses them defensively and hands the
// few strings it needs to the server. The message box belongs to the agent: the customer's message
// is written into it only while the agent has not typed there for this conversation.
window.kbChatwoot = (() => {
  const fetchInfo = 'chatwoot-dashboard-app:fetch-info';
  const maxPayload = 1024 * 1024; // characters; a long conversation is far below, anything bigger is not Chatwoot's
  const maxField = 200;
  const state = {
    server: null, // the page's .NET object, once live
    pending: null, // the newest context taken before that
    rejected: null, // the newest reason a message was ignored before that
    conversation: null, // the conversation whose message the box holds
    typed: false, // the agent typed into the box since
  };

  const isEmbed = () => window.location.pathname.toLowerCase().replace(/\/$/, '') === '/embed/chatwoot';
  const root = () => document.getElementById('chatwoot-embed');
  const origins = () => (root()?.dataset.origins ?? '').split(' ').filter((o) => o);
  const maxMessage = () => Number(root()?.dataset.maxMessage) || 4000;

  const text = (value, max) => {
    if (typeof value === 'number' && Number.isFinite(value)) {
      return String(value);
    }
    return typeof value === 'string' && value.trim() ? value.slice(0, max) : null;
  };
  const object = (value) => (value && typeof value === 'object' && !Array.isArray(value) ? value : null);

  const reject = (reason, detail) => {
    console.warn(`KnowledgeBase: ${reason}`, detail ?? '');
    if (state.server) {
      state.server.invokeMethodAsync('Rejected', reason).catch(() => {});
    } else {
      state.rejected = reason;
    }
  };

  // Incoming messages are message_type 0 in the dashboard's store ('incoming' in webhooks); private
  // notes and the agent's own messages are skipped. The newest one is the one to answer.
  const lastIncoming = (messages) => {
    if (!Array.isArray(messages)) {
      return null;
    }
    for (let i = messages.length - 1; i >= 0; i -= 1) {
      const message = object(messages[i]);
      if (message && (message.message_type === 0 || message.message_type === 'incoming') && message.private !== true) {
        const content = text(message.content, maxMessage());
        if (content) {
          return content;
        }
      }
    }
    return null;
  };

  // The payload, or a reason why it is not one.
  const read = (data) => {
    if (typeof data !== 'string') {
      return { ignore: true }; // not Chatwoot's (it sends strings); other scripts talk to windows too
    }
    if (data.length > maxPayload) {
      return { reason: `Ignored a message from Chatwoot of ${data.length} characters: more than ${maxPayload} is not a conversation.` };
    }
    let parsed;
    try {
      parsed = JSON.parse(data);
    } catch {
      return { reason: 'Ignored a message from Chatwoot that is not JSON.' };
    }
    const envelope = object(parsed);
    if (!envelope || envelope.event !== 'appContext') {
      return { ignore: true };
    }
    const context = object(envelope.data);
    const conversation = object(context?.conversation);
    if (!conversation) {
      return { reason: 'Ignored a message from Chatwoot without a conversation.' };
    }
    const meta = object(conversation.meta);
    const contact = object(context.contact) ?? object(meta?.sender) ?? {};
    const agent = object(context.currentAgent) ?? {};
    return {
      context: {
        message: lastIncoming(conversation.messages),
        conversationId: text(conversation.id, 20),
        customerName: text(contact.name, maxField),
        customerEmail: text(contact.email, maxField),
        agentName: text(agent.name, maxField),
        channel: text(meta?.channel, 40),
      },
    };
  };

  // Puts the customer's message in the box unless the agent's own text there wins; the server hears
  // the message only when the box took it.
  const deliver = (context) => {
    const box = document.getElementById('customer-message');
    const another = context.conversationId !== state.conversation;
    if (another) {
      // Typing before the first conversation arrived was for it; typing in an earlier one was not.
      if (state.conversation !== null) {
        state.typed = false;
      }
      state.conversation = context.conversationId;
    }
    let message = null;
    if (context.message && box && !state.typed && (another || box.value !== context.message)) {
      box.value = context.message;
      message = context.message;
    }
    state.server.invokeMethodAsync('Receive', { ...context, message }).catch(() => {
      // The circuit is gone; the reconnect notice tells the agent.
    });
  };

  window.addEventListener('message', (event) => {
    if (!isEmbed()) {
      return;
    }
    if (event.source !== window.parent || !origins().includes(event.origin)) {
      if (typeof event.data === 'string' && event.data.includes('appContext')) {
        console.warn(`KnowledgeBase: ignored a Chatwoot-like message from ${event.origin}, which is not a configured Chatwoot origin.`);
      }
      return;
    }
    const result = read(event.data);
    if (result.reason) {
      reject(result.reason, event.data.length > 200 ? `${event.data.slice(0, 200)}…` : event.data);
    } else if (result.context) {
      if (state.server) {
        deliver(result.context);
      } else {
        state.pending = result.context;
      }
    }
  });

  const ask = () => {
    if (isEmbed() && window.parent !== window) {
      // The documented request; it carries no data, so any parent may see it.
      window.parent.postMessage(fetchInfo, '*');
    }
  };

  document.addEventListener('input', (event) => {
    if (isEmbed() && event.isTrusted && event.target instanceof HTMLElement && event.target.id === 'customer-message') {
      state.typed = true;
    }
  }, true);

  document.addEventListener('click', (event) => {
    if (!isEmbed() || !(event.target instanceof Element)) {
      return;
    }
    if (event.target.closest('[data-kb-chatwoot-refresh]')) {
      ask();
      return;
    }
    // Inside Chatwoot's panel, links (an SOP, My details) open in a tab of their own.
    const link = event.target.closest('a[href]');
    if (link && !link.target && !event.defaultPrevented) {
      event.preventDefault();
      window.open(link.href, '_blank', 'noopener');
    }
  }, true);

  // Chatwoot posts when the frame loads, not when the agent opens another conversation: asking again
  // when the agent comes back to the panel keeps it on the conversation in front of them.
  window.addEventListener('focus', ask);

  return {
    // The live page: it takes the context that came before it, and asks for a fresh one.
    attach: (server) => {
      state.server = server;
      state.conversation = null;
      if (state.rejected) {
        server.invokeMethodAsync('Rejected', state.rejected).catch(() => {});
        state.rejected = null;
      }
      if (state.pending) {
        const context = state.pending;
        state.pending = null;
        deliver(context);
      }
      ask();
    },
  };
})();
