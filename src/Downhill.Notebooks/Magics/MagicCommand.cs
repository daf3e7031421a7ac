namespace Downhill.Notebooks.Magics;

/// <summary>One magic command line of a cell (<c>#r</c>, <c>#i</c> or <c>#!name</c>); <see cref="Line"/> counts from 1.</summary>
internal abstract record MagicCommand(int Line);

/// <summary>A magic command that cannot be honoured; the message is one sentence for the student.</summary>
internal sealed class MagicCommandException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}
