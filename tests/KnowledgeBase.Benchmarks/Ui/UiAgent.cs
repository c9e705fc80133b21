using KnowledgeBase.TestSupport.Browser;
using Microsoft.Playwright;

namespace KnowledgeBase.Benchmarks.Ui;

/// <summary>
/// One agent's search page, with a recorder that times every typed character to the paint of the
/// first results that include it. The search box numbers each change (<c>data-sequence</c>) and the
/// results panel says which change it shows (<c>data-searched</c>); with coalescing a character's
/// own search may be skipped for a newer one, so a character counts as answered when results for
/// its change or a later one are painted — what the agent sees.
/// </summary>
internal sealed class UiAgent(IPage page)
{
    private const string Recorder = """
        () => {
          if (window.__kbLatency) { return; }
          const state = window.__kbLatency = { input: 0, typed: new Map(), shown: 0, samples: [] };
          // beforeinput, not keydown: text typed without a key mapping (Cyrillic in Playwright) raises no keydown.
          // On the document: Blazor replaces the prerendered box when the page connects.
          document.addEventListener('beforeinput', e => { if (e.target.id === 'search-input') { state.input = performance.now(); } }, true);
          new MutationObserver(records => {
            for (const record of records) {
              if (record.attributeName === 'data-sequence' && state.input > 0) {
                state.typed.set(Number(record.target.dataset.sequence), state.input);
                state.input = 0;
              } else if (record.attributeName === 'data-searched') {
                const searched = Number(record.target.dataset.searched);
                requestAnimationFrame(() => {
                  const painted = performance.now();
                  for (const [sequence, typed] of state.typed) {
                    if (sequence <= searched) { state.samples.push(painted - typed); state.typed.delete(sequence); }
                  }
                  state.shown = Math.max(state.shown, searched);
                });
              }
            }
          }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-sequence', 'data-searched'] });
        }
        """;

    private const string ShowsNewest = "() => window.__kbLatency.shown >= Number(document.getElementById('search-input').dataset.sequence || 0)";

    public IPage Page => page;

    /// <summary>Opens the search page (signed in through the context's cookie) and starts recording.</summary>
    /// <param name="roundTripMs">Added to every round trip over the circuit (0: none); see <see cref="SlowCircuit"/>.</param>
    public static async Task<UiAgent> OpenAsync(IBrowserContext context, int roundTripMs = 0)
    {
        var page = await context.NewPageAsync();
        if (roundTripMs > 0)
        {
            await page.AddInitScriptAsync(SlowCircuit.InitScript(roundTripMs));
        }

        await page.GotoAsync("/");
        await page.Locator("body[data-ready=true]").WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        await page.EvaluateAsync(Recorder);
        await page.Locator("#search-input").FocusAsync();
        return new UiAgent(page);
    }

    /// <summary>One character at a time, each waited out: every sample is a full search round.</summary>
    public async Task TypeEachWaitedAsync(IEnumerable<string> queries)
    {
        foreach (var query in queries)
        {
            foreach (var character in query)
            {
                await page.Keyboard.TypeAsync(character.ToString());
                await WaitForNewestAsync();
            }

            await ClearAsync();
        }
    }

    /// <summary>At a typist's pace, not waiting between characters; the next query starts once the last one's results are on screen.</summary>
    public async Task TypeAtPaceAsync(IEnumerable<string> queries, int delayMs)
    {
        foreach (var query in queries)
        {
            await page.Keyboard.TypeAsync(query, new KeyboardTypeOptions { Delay = delayMs });
            await WaitForNewestAsync();
            await ClearAsync();
        }
    }

    /// <summary>The samples recorded so far (ms), then forgotten.</summary>
    public async Task<List<double>> TakeSamplesAsync() =>
        [.. await page.EvaluateAsync<double[]>("() => window.__kbLatency.samples.splice(0)")];

    private async Task ClearAsync()
    {
        await page.Keyboard.PressAsync("Escape");
        await WaitForNewestAsync();
    }

    private Task WaitForNewestAsync() =>
        page.WaitForFunctionAsync(ShowsNewest, null, new PageWaitForFunctionOptions { Timeout = 60_000 });
}
