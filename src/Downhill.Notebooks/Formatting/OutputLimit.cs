using System.Globalization;

namespace Downhill.Notebooks.Formatting;

/// <summary>
/// The most text one output keeps. A cell printing hundreds of megabytes would otherwise end the kernel (a JSON
/// string of more than about 166 million characters cannot be written at all) or the command, and no front-end
/// shows that much anyway; VS Code and ipykernel users expect a cap. What is cut is said in a sentence.
/// </summary>
public static class OutputLimit
{
    /// <summary>Characters kept: about 50,000 lines of 80 characters (100,000 short "loss 12345" lines fit).</summary>
    public const int MaxCharacters = 4_000_000;

    /// <summary>"(output cut: 170,000,000 characters were printed; the first 4,000,000 are kept)".</summary>
    public static string Sentence(long total) =>
        $"(output cut: {Count(total)} characters were printed; the first {Count(MaxCharacters)} are kept)";

    // Text already cut (the kept characters and the sentence) is left alone when it is written or shown again.
    private const int SentenceRoom = 1_000;

    /// <summary>The text itself when it fits, else its first <see cref="MaxCharacters"/> and the sentence.</summary>
    public static string Cut(string text) =>
        text.Length <= MaxCharacters + SentenceRoom ? text : string.Concat(text.AsSpan(0, MaxCharacters), "\n", Sentence(text.Length), "\n");

    /// <summary>
    /// A result or display with every representation kept to the limit: plain text is cut, a larger HTML page or
    /// chart (which would not draw half-cut) is dropped and its size said in the plain text.
    /// </summary>
    public static MimeBundle Cut(MimeBundle bundle)
    {
        if (bundle.Data.Values.All(v => v.Length <= MaxCharacters + SentenceRoom)) return bundle;
        var kept = new Dictionary<string, string>();
        var notes = new List<string>();
        foreach (var (mime, value) in bundle.Data)
        {
            if (value.Length <= MaxCharacters + SentenceRoom || mime == MimeBundle.PlainText) kept[mime] = mime == MimeBundle.PlainText ? Cut(value) : value;
            else notes.Add($"(output cut: its {mime} view was {Count(value.Length)} characters, more than the {Count(MaxCharacters)} kept)");
        }
        if (notes.Count > 0)
        {
            if (kept.TryGetValue(MimeBundle.PlainText, out var text)) notes.Insert(0, text);
            kept[MimeBundle.PlainText] = string.Join("\n", notes);
        }
        return new MimeBundle(kept);
    }

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
