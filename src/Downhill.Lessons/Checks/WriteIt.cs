namespace Downhill;

/// <summary>
/// What every write-it exercise's check shares. The student writes a function; the check (1) says so when there is
/// none yet, (2) refuses code that calls the very library piece the exercise asks for (it would pass without teaching
/// anything), (3) runs the function on cases the notebook never showed, reporting the case and the message when it
/// throws, and (4) words the verdict with the exercise's hint. Each lesson's key supplies the cases and the comparison.
/// </summary>
/// <param name="exercise">The exercise's number, e.g. "03.2".</param>
/// <param name="hint">Shown with every "not yet": the idea, never the answer.</param>
/// <param name="allowed">Library members the student's code may call ("Landscape.Gradient"): the ones the exercise hands them.</param>
internal sealed class WriteIt(string exercise, string hint, params string[] allowed)
{
    /// <summary>
    /// "Not yet" before anything runs — no function, or one that calls the library piece it should be — or null when
    /// the function can be graded.
    /// </summary>
    public Feedback? Refuse(Delegate? code)
    {
        if (code is null) return NotYet("there is no function yet.");
        var shortcut = LibraryShortcut.Find(code, allowed);
        return shortcut is null
            ? null
            : NotYet($"your code uses the library's {shortcut}. This exercise asks for the steps written out in plain C#, " +
                     "so the check grades your own code, not the library's.");
    }

    /// <summary>Runs one case of the student's code; false, with the failure worded for <paramref name="where"/>, when it throws.</summary>
    public bool TryRun<T>(Func<T> run, string where, out T result, out Feedback failed)
    {
        try
        {
            result = run();
            failed = null!;
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            result = default!;
            failed = NotYet($"{where} your code threw {e.GetType().Name}: {e.Message}");
            return false;
        }
    }

    /// <summary>Not yet right: <paramref name="message"/> and the hint.</summary>
    public Feedback NotYet(string message) => new(exercise, false, message, hint);

    /// <summary>Right: <paramref name="message"/> says what the code was checked against.</summary>
    public Feedback Correct(string message) => new(exercise, true, message, hint);
}
