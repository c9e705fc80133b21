using KnowledgeBase.Content.Model;
using KnowledgeBase.Content.Validation;
using KnowledgeBase.Web.Services;

namespace KnowledgeBase.Web.Authoring;

/// <summary>
/// Builds the editor's preview and findings off the keystroke path: typing only schedules a run
/// (<see cref="Schedule"/>), which starts once typing pauses and runs on a timer thread, not on the
/// circuit; a run overtaken by newer text is thrown away. One per editor page.
/// </summary>
public sealed class EditorPreviewRunner : IDisposable
{
    private readonly DocumentPreview _previewer;
    private readonly DocumentHtml _html;
    private readonly AuthoringUiOptions _options;
    private readonly ITimer _timer;
    private readonly Lock _gate = new();
    private (string Path, string Text)? _pending;
    private long _generation;

    public EditorPreviewRunner(DocumentPreview previewer, DocumentHtml html, TimeProvider time, AuthoringUiOptions options)
    {
        ArgumentNullException.ThrowIfNull(time);
        _previewer = previewer;
        _html = html;
        _options = options;
        _timer = time.CreateTimer(_ => RunPending(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The latest preview.</summary>
    public EditorPreview Current { get; private set; } = EditorPreview.Empty;

    /// <summary>Raised on a worker thread when <see cref="Current"/> changed after a scheduled run.</summary>
    public event Action? Updated;

    /// <summary>Builds the preview at once (opening a document), cancelling any scheduled run.</summary>
    public EditorPreview RunNow(string path, string text)
    {
        lock (_gate)
        {
            _generation++;
            _pending = null;
        }

        _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        Current = Build(path, text);
        return Current;
    }

    /// <summary>Builds the preview once typing pauses (longer for long texts).</summary>
    public void Schedule(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        lock (_gate)
        {
            _generation++;
            _pending = (path, text);
        }

        _timer.Change(text.Length > _options.LargeTextChars ? _options.LargeTextPreviewDelay : _options.PreviewDelay, Timeout.InfiniteTimeSpan);
    }

    private void RunPending()
    {
        (string Path, string Text)? job;
        long generation;
        lock (_gate)
        {
            job = _pending;
            _pending = null;
            generation = _generation;
        }

        if (job is not { } run)
        {
            return;
        }

        var preview = Build(run.Path, run.Text);
        lock (_gate)
        {
            if (generation != _generation)
            {
                return;
            }

            Current = preview;
        }

        Updated?.Invoke();
    }

    private EditorPreview Build(string path, string text)
    {
        try
        {
            var result = _previewer.Preview(path, text);
            IReadOnlyList<PreviewPart> parts = result.Document switch
            {
                Article article => [new PreviewPart(null, _html.RenderUncached(article))],
                ReplyTemplate template => template.Variants.Select(v => new PreviewPart(v.Channel ?? "Default text", _html.RenderUncached(template, v.Channel))).ToList(),
                _ => [],
            };
            return new EditorPreview(result, parts);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // This runs on a timer thread, where an exception would end the process; the lead sees it as a finding instead.
            return new EditorPreview(new PreviewResult(null, [Finding.Error(path, 1, "preview", $"the preview could not be built: {ex.Message}")]), []);
        }
    }

    public void Dispose() => _timer.Dispose();
}
