namespace KnowledgeBase.Templates.Channels;

/// <summary>What a text costs as SMS.</summary>
/// <param name="Characters">Units the network counts: GSM septets (extension characters count 2) or UTF-16 code units.</param>
/// <param name="Segments">Messages the phone sends; 0 for empty text.</param>
/// <param name="PerSegment">Capacity of each segment at this length: 160 or 153 (GSM), 70 or 67 (UCS-2).</param>
public sealed record SmsCount(int Characters, int Segments, SmsEncoding Encoding, int PerSegment);
