using System.Globalization;

namespace KnowledgeBase.TestSupport.Browser;

/// <summary>
/// A page script that adds a round trip to the Blazor circuit. Chromium's network emulation
/// (<c>Network.emulateNetworkConditions</c>) delays HTTP but not WebSocket frames, and the circuit is a
/// WebSocket: measured, a page "on a 150 ms link" answered keystrokes as fast as an unthrottled one.
/// So the page holds each frame for half the round trip, both ways; equal delays keep frames in order.
/// Add it with <c>AddInitScriptAsync</c> before the page loads (the circuit's socket is made at start).
/// </summary>
public static class SlowCircuit
{
    public static string InitScript(int roundTripMs) => string.Create(CultureInfo.InvariantCulture, $$"""
        (() => {
          const half = {{roundTripMs / 2}};
          const Native = window.WebSocket;
          window.WebSocket = class extends Native {
            send(data) { setTimeout(() => super.send(data), half); }
            set onmessage(handler) { super.onmessage = handler ? (e) => setTimeout(() => handler.call(this, e), half) : null; }
            get onmessage() { return super.onmessage; }
          };
        })();
        """);
}
