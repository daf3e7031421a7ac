using System.Text.Json.Nodes;

namespace Downhill.Notebooks.Documents;

/// <summary>One output of a code cell, in one of Jupyter's four shapes.</summary>
public abstract record CellOutput;

/// <summary>Console text; <see cref="Name"/> is "stdout" or "stderr".</summary>
public sealed record StreamOutput(string Name, string Text) : CellOutput;

/// <summary>
/// A value shown with display(x). <see cref="DisplayId"/> lives only while a notebook runs (it lets a
/// later Update replace this output); nbformat does not store it.
/// </summary>
public sealed record DisplayDataOutput(OutputData Data, JsonObject Metadata, string? DisplayId = null) : CellOutput;

/// <summary>A cell's trailing expression, numbered like the cell.</summary>
public sealed record ExecuteResultOutput(OutputData Data, JsonObject Metadata, int? ExecutionCount) : CellOutput;

/// <summary>The one error output of a failed cell.</summary>
public sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : CellOutput;
