using KnowledgeBase.Content.Media;

namespace KnowledgeBase.Content.Tests.Media;

public sealed class MediaMarkdownTests
{
    [Theory]
    [InlineData("image.png", "![image](/media/en/a.png)")]
    [InlineData("Refund screen.jpeg", "![Refund screen](/media/en/a.png)")]
    [InlineData("", "![image](/media/en/a.png)")]
    [InlineData(null, "![image](/media/en/a.png)")]
    [InlineData("C:\\Users\\jana\\[draft] step_1.png", "![\\[draft\\] step\\_1](/media/en/a.png)")]
    [InlineData("../../etc/evil](javascript:x).png", "![evil\\](javascript:x)](/media/en/a.png)")]
    public void Images_ShowWithTheirNameAsAltText(string? name, string expected)
    {
        Assert.Equal(expected, MediaMarkdown.For(MediaType.Png, name, "/media/en/a.png"));
    }

    [Theory]
    [InlineData("refund-form.pdf", "[refund-form.pdf](/media/en/a.pdf)")]
    [InlineData(null, "[document.pdf](/media/en/a.pdf)")]
    public void Documents_AreLinkedByTheirName(string? name, string expected)
    {
        Assert.Equal(expected, MediaMarkdown.For(MediaType.Pdf, name, "/media/en/a.pdf"));
    }
}
