using KnowledgeBase.Web.Authoring;
using KnowledgeBase.Web.Components.Authoring;
using KnowledgeBase.Web.Components.Pages.Authoring;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeBase.Web.Tests.Authoring;

/// <summary>
/// Types into the editor's Markdown body the way js/editor.js reports it to the server (one splice
/// per change, through the component's [JSInvokable] method), and lets the preview's pause pass.
/// </summary>
internal static class EditorTyping
{
    public static MarkdownBodyEditor Editor(IRenderedComponent<EditPage> page) => page.FindComponent<MarkdownBodyEditor>().Instance;

    /// <summary>Replaces the whole body, as selecting all and typing would.</summary>
    public static void ReplaceBody(IRenderedComponent<EditPage> page, string text)
    {
        var editor = Editor(page);
        page.InvokeAsync(() => editor.ApplyEdit(editor.Body.Version, 0, editor.Body.Text.Length, text)).GetAwaiter().GetResult();
    }

    /// <summary>Replaces the body and waits out the preview's pause.</summary>
    public static void TypeBody(IRenderedComponent<EditPage> page, FakeTimeProvider time, string text)
    {
        ReplaceBody(page, text);
        Pause(time);
    }

    /// <summary>The pause after which the preview and the checks update.</summary>
    public static void Pause(FakeTimeProvider time) => time.Advance(new AuthoringUiOptions().LargeTextPreviewDelay);

    /// <summary>The body as the server holds it.</summary>
    public static string Body(IRenderedComponent<EditPage> page) => Editor(page).Body.Text;
}
