using KnowledgeBase.Templates.Rendering;

namespace KnowledgeBase.Templates.Tests.Rendering;

public sealed class ReplyHtmlTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("One line", "<p>One line</p>")]
    [InlineData("Line one\nLine two", "<p>Line one<br>\nLine two</p>")]
    [InlineData("Para one\n\nPara two", "<p>Para one</p>\n<p>Para two</p>")]
    [InlineData("Para one\r\n  \r\nPara two\n\n\n", "<p>Para one</p>\n<p>Para two</p>")]
    public void Paragraphs_AreSplitAtBlankLines_AndLinesJoinedWithBr(string text, string html)
    {
        Assert.Equal(html, ReplyHtml.FromText(text));
    }

    [Fact]
    public void EveryMarkupCharacter_IsEncoded()
    {
        Assert.Equal("<p>&lt;b onclick=&quot;x&quot;&gt;Tom &amp; Jerry&#x27;s&lt;/b&gt;</p>", ReplyHtml.FromText("<b onclick=\"x\">Tom & Jerry's</b>"));
    }

    [Fact]
    public void LettersOfEveryScript_StayReadable()
    {
        Assert.Equal("<p>Děkujeme, спасибо, merci ⟦Jméno⟧</p>", ReplyHtml.FromText("Děkujeme, спасибо, merci ⟦Jméno⟧"));
    }
}
