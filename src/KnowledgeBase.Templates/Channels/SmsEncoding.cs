namespace KnowledgeBase.Templates.Channels;

/// <summary>How a phone network would carry a text message.</summary>
public enum SmsEncoding
{
    /// <summary>The GSM 03.38 7-bit default alphabet: 160 characters in one message, 153 per part of a longer one.</summary>
    Gsm7,

    /// <summary>UCS-2, used as soon as one character is outside GSM 03.38: 70 in one message, 67 per part.</summary>
    Ucs2,
}
