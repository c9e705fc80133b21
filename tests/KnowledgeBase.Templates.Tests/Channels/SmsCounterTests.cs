using KnowledgeBase.Templates.Channels;

namespace KnowledgeBase.Templates.Tests.Channels;

public sealed class SmsCounterTests
{
    [Fact]
    public void EmptyText_IsNoMessageAtAll()
    {
        Assert.Equal(new SmsCount(0, 0, SmsEncoding.Gsm7, 160), SmsCounter.Count(string.Empty));
    }

    [Theory]
    [InlineData("Hello", 5)]
    [InlineData("Order BC-2026-104233 ships today.\nTrack: https://t.example/x?a=1&b=2", 68)]
    [InlineData("@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!\"#¤%&'()*+,-./:;<=>?¡ÄÖÑÜ§¿äöñüà", 62)]
    public void GsmDefaultAlphabet_CountsOneSeptetPerCharacter(string text, int septets)
    {
        var count = SmsCounter.Count(text);

        Assert.Equal(SmsEncoding.Gsm7, count.Encoding);
        Assert.Equal(septets, count.Characters);
        Assert.Equal(1, count.Segments);
    }

    [Theory]
    [InlineData("^", 2)]
    [InlineData("{}", 4)]
    [InlineData("\\[~]|", 10)]
    [InlineData("84.90 €", 8)]
    [InlineData("a\fb", 4)]
    public void ExtensionCharacters_CountTwoSeptets(string text, int septets)
    {
        var count = SmsCounter.Count(text);

        Assert.Equal(SmsEncoding.Gsm7, count.Encoding);
        Assert.Equal(septets, count.Characters);
    }

    [Theory]
    [InlineData(1, 1, 160)]
    [InlineData(160, 1, 160)]
    [InlineData(161, 2, 153)]
    [InlineData(306, 2, 153)]
    [InlineData(307, 3, 153)]
    [InlineData(459, 3, 153)]
    [InlineData(460, 4, 153)]
    public void GsmSegments_Are160Alone_Then153Each(int length, int segments, int perSegment)
    {
        var count = SmsCounter.Count(new string('a', length));

        Assert.Equal(new SmsCount(length, segments, SmsEncoding.Gsm7, perSegment), count);
    }

    [Fact]
    public void ExtensionCharacters_CanPushAMessageIntoASecondSegment()
    {
        var count = SmsCounter.Count(new string('a', 159) + "€");

        Assert.Equal(161, count.Characters);
        Assert.Equal(2, count.Segments);
    }

    [Theory]
    [InlineData("Доставка", 8)]
    [InlineData("Objednávka č. 5", 15)]
    [InlineData("ç", 1)]
    [InlineData("`", 1)]
    public void OneCharacterOutsideGsm_MakesTheWholeMessageUcs2(string text, int units)
    {
        var count = SmsCounter.Count(text);

        Assert.Equal(SmsEncoding.Ucs2, count.Encoding);
        Assert.Equal(units, count.Characters);
        Assert.Equal(70, count.PerSegment);
    }

    [Fact]
    public void Emoji_CountsTwoUtf16Units()
    {
        var count = SmsCounter.Count("Thanks 🙂");

        Assert.Equal(new SmsCount(9, 1, SmsEncoding.Ucs2, 70), count);
    }

    [Theory]
    [InlineData(70, 1, 70)]
    [InlineData(71, 2, 67)]
    [InlineData(134, 2, 67)]
    [InlineData(135, 3, 67)]
    public void Ucs2Segments_Are70Alone_Then67Each(int length, int segments, int perSegment)
    {
        var count = SmsCounter.Count("ж" + new string('a', length - 1));

        Assert.Equal(new SmsCount(length, segments, SmsEncoding.Ucs2, perSegment), count);
    }
}
