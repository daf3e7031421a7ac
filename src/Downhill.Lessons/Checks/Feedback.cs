using System.Net;

namespace Downhill;

/// <summary>
/// What a check says about a student's answer: correct or not yet, in one friendly sentence, with a
/// hint when it is not yet right. A notebook shows it as a green (correct) or amber (not yet) box;
/// as plain text it reads "✓ Correct: …" or "✗ Not yet: … Hint: …".
/// </summary>
public sealed class Feedback
{
    internal Feedback(string exercise, bool isCorrect, string message, string? hint)
    {
        Exercise = exercise;
        IsCorrect = isCorrect;
        Message = message;
        Hint = isCorrect || string.IsNullOrWhiteSpace(hint) ? null : hint.Trim();
    }

    /// <summary>
    /// A reveal shown before any prediction was recorded: the rich view says <paramref name="lead"/> and keeps what the run
    /// did folded (a handout page is read top to bottom, and the answer must not sit under the question); the text is
    /// <paramref name="message"/>, the whole of it.
    /// </summary>
    internal Feedback(string exercise, string message, string lead, string folded) : this(exercise, false, message, hint: null) =>
        fold = (lead, folded);

    private readonly (string Lead, string Folded)? fold;

    /// <summary>The exercise's name or number, as the notebook gave it.</summary>
    public string Exercise { get; }

    /// <summary>True when the answer is right.</summary>
    public bool IsCorrect { get; }

    /// <summary>The sentence about the answer, without the ✓/✗ and without the hint.</summary>
    public string Message { get; }

    /// <summary>The hint shown when the answer is not yet right; null when correct or when none was given.</summary>
    public string? Hint { get; }

    /// <summary>"✓ Correct: …" or "✗ Not yet: … Hint: …".</summary>
    public override string ToString() => IsCorrect
        ? $"✓ Correct: {Exercise} — {Message}"
        : $"✗ Not yet: {Exercise} — {Message}{(Hint is null ? "" : $" Hint: {Hint}")}";

    /// <summary>A green box for a correct answer, an amber one with the hint for an answer that is not yet right.</summary>
    public string ToHtml()
    {
        var (border, background, ink, mark, verdict) = IsCorrect
            ? ("#2e7d32", "#e8f5e9", "#1b5e20", "✓", "Correct")
            : ("#f9a825", "#fff8e1", "#5d4037", "✗", "Not yet");
        var hint = Hint is null ? "" : $"<div style=\"margin-top:4px\"><b>Hint:</b> {WebUtility.HtmlEncode(Hint)}</div>";
        var kind = IsCorrect ? "correct" : "not-yet";
        return $"<div class=\"downhill-feedback {kind}\" style=\"border-left:5px solid {border};background:{background};color:{ink};" +
               "padding:8px 12px;margin:6px 0;border-radius:4px;font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:14px\">" +
               $"<b>{mark} {verdict}:</b> {WebUtility.HtmlEncode(Exercise)} — {Body()}{hint}</div>";
    }

    private string Body()
    {
        if (fold is not { } f) return WebUtility.HtmlEncode(Message);
        return $"{WebUtility.HtmlEncode(f.Lead)}<details style=\"margin-top:4px\"><summary>Open to see what the run did</summary>" +
               $"{WebUtility.HtmlEncode(f.Folded)}</details>";
    }
}
