namespace Downhill.Notebooks.Tests.CellExecution;

/// <summary>
/// Tests that look at the process-wide Console itself run alone: while any other session runs a cell,
/// Console.Out is (rightly) the router, not the real console.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Process console";
}
