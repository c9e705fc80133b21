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

    [Fact]
    public void ListsTheTextWrites_BecomeHtmlLists()
    {
        var html = ReplyHtml.FromText("Please send photos of:\n\n- the outer box,\n- the label.\n\n1. Pack it.\n2. Send it.");

        Assert.Equal("<p>Please send photos of:</p>\n<ul><li>the outer box,</li><li>the label.</li></ul>\n<ol><li>Pack it.</li><li>Send it.</li></ol>", html);
    }

    [Fact]
    public void WebAddresses_BecomeLinks_WithoutTheSentencesFullStop()
    {
        var html = ReplyHtml.FromText("Track it here: https://track.example/a?b=1&c=2. Thanks <3");

        Assert.Equal("<p>Track it here: <a href=\"https://track.example/a?b=1&amp;c=2\">https://track.example/a?b=1&amp;c=2</a>. Thanks &lt;3</p>", html);
    }
}
