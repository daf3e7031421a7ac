namespace Downhill.Notebooks.Documents;

/// <summary>
/// A problem the user can fix (a missing file, a malformed notebook, a bad parameter), said in one
/// sentence. Front ends print <see cref="Exception.Message"/> without a stack trace.
/// </summary>
public class NotebookException(string message, Exception? inner = null) : Exception(message, inner);
