using System.Buffers;

namespace KnowledgeBase.Templates.Channels;

/// <summary>
/// Counts characters and segments of an SMS the way the network does, so the composer can warn
/// before a reply splits into several (billed) messages.
/// </summary>
/// <remarks>
/// The tables are the GSM 03.38 (3GPP TS 23.038, section 6.2.1) default alphabet and its extension
/// table; an extension character travels as ESC plus the character, so it costs two septets. One
/// character outside both tables switches the whole message to UCS-2. A long message carries a
/// 6-byte header per part, which leaves 153 septets or 67 UCS-2 units. Like most counters this
/// divides evenly and does not model a phone moving a split escape pair or surrogate pair to the next part.
/// </remarks>
public static class SmsCounter
{
    public const int GsmSingle = 160;
    public const int GsmPart = 153;
    public const int Ucs2Single = 70;
    public const int Ucs2Part = 67;

    /// <summary>The 128 code points of the default alphabet, in table order; ESC (0x1B) is left out.</summary>
    private static readonly SearchValues<char> Basic = SearchValues.Create(
        "@£$¥èéùìòÇ\nØø\rÅå" +
        "Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ" +
        " !\"#¤%&'()*+,-./" +
        "0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNO" +
        "PQRSTUVWXYZÄÖÑÜ§" +
        "¿abcdefghijklmno" +
        "pqrstuvwxyzäöñüà");

    /// <summary>The extension table characters a phone can send (form feed, ^ { } \ [ ~ ] | €).</summary>
    private static readonly SearchValues<char> Extension = SearchValues.Create("\f^{}\\[~]|€");

    public static SmsCount Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return new SmsCount(0, 0, SmsEncoding.Gsm7, GsmSingle);
        }

        var septets = 0;
        foreach (var c in text)
        {
            if (Basic.Contains(c))
            {
                septets += 1;
            }
            else if (Extension.Contains(c))
            {
                septets += 2;
            }
            else
            {
                return Measure(text.Length, SmsEncoding.Ucs2, Ucs2Single, Ucs2Part);
            }
        }

        return Measure(septets, SmsEncoding.Gsm7, GsmSingle, GsmPart);
    }

    private static SmsCount Measure(int units, SmsEncoding encoding, int single, int part) =>
        units <= single
            ? new SmsCount(units, 1, encoding, single)
            : new SmsCount(units, (units + part - 1) / part, encoding, part);
}
