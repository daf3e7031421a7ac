using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Downhill.Notebooks.Formatting;
using Downhill.Notebooks.Magics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Scripting.Hosting;

namespace Downhill.Notebooks.CellExecution;

/// <summary>
/// One C# scripting session: cells run one after another against chained state, with the Downhill
/// library already referenced. One executor for both front doors (the command and the kernel).
/// </summary>
/// <remarks>
/// Semantics are those of .NET Interactive's C# kernel: Roslyn scripting with
/// <see cref="ScriptEnvironment.DefaultImports"/>; a trailing expression is the result; <c>display(x)</c> and
/// <c>HTML("…")</c> come from <see cref="CellGlobals"/>; Console output becomes streams; an exception keeps the
/// variables the cell set before it (as the old kernel did), while a cell stopped by a time-out or an interrupt
/// leaves the state exactly as it was before the cell. Cells run one at a time.
/// </remarks>
public sealed class CSharpSession : IDisposable
{
    private readonly SemaphoreSlim oneCellAtATime = new(1, 1);
    private readonly CellGlobals globals;
    private readonly OutputFormatter formatter = new();
    private readonly SessionReferences references;
    private readonly List<string> submitted = [];
    private readonly string displayPrefix = Guid.NewGuid().ToString("N")[..8];
    private int displayCount;
    private readonly ScriptOptions scriptOptions; // the framework, the kit and the usings: what the first submission gets
    // Loads the session's submissions: Roslyn's default, made here so its notes can be kept from growing with every cell
    // (see SubmissionChain). Never disposed, as Roslyn never disposes its own: work a cell left running may still load through it.
    private readonly InteractiveAssemblyLoader loader = new();
    private List<string> referencesSinceLastSubmission = []; // #r files the chained state has not seen yet
    private readonly Reruns reruns = new(); // compiled cells that run again as they are
    private ScriptState<object>? state;
    private volatile CellOutputBuffer? currentOutput;
    private CellOutputBuffer? lastOutput;
    private readonly StrayOutput stray = new(); // what work left running writes after its cell ended
    private IDisposable? consoleRouters; // held for the session's life, so that late text is caught too
    private bool releaseMemory; // the cell ran out of memory: collect once it has ended

    public CSharpSession(SessionOptions? options = null)
    {
        Options = options ?? new SessionOptions();
        globals = new CellGlobals(this);
        scriptOptions = ScriptEnvironment.CreateOptions(Options.WorkingDirectory);
        references = new SessionReferences(Options.WorkingDirectory, new PackageRestorer(Options.NuGetCacheDirectory ?? PackageRestorer.DefaultCacheDirectory));
    }

    public SessionOptions Options { get; }

    /// <summary>Cells executed so far in this session (the kernel keeps Jupyter's execution count itself: silent requests are not counted there).</summary>
    public int ExecutionCount { get; private set; }

    /// <summary>Cells that ran again as compiled before, without compiling (see <see cref="Reruns"/>).</summary>
    internal int CellsRunAgain { get; private set; }

    /// <summary>The formatter the session's outputs go through (one per session: plotly.js is sent once).</summary>
    public OutputFormatter Formatter => formatter;

    /// <summary>
    /// Compiles a throw-away script so the first real cell does not pay for Roslyn's JIT.
    /// Safe to call in the background right after start.
    /// </summary>
    public Task WarmUpAsync() => Task.Run(async () =>
    {
        // The same references and globals as real cells, so their metadata is read once here; the state is discarded.
        var script = CSharpScript.Create<object>("var warm = new List<int> { 1, 2, 3 }.Select(x => x * 2).Sum(); warm",
            scriptOptions.WithFilePath("warm-up"), typeof(CellGlobals));
        await script.RunAsync(new CellGlobals(this));
        // Warms the reflection-based table path; a formatter of its own, so the session's once-only turns stay unspent.
        new OutputFormatter().Format(new[] { new { Step = 1, Loss = 0.5 } }.ToList());
    });

    /// <summary>
    /// Runs one cell (magics included). <paramref name="cellName"/> ("cell 3") is used in error messages.
    /// Cancelling <paramref name="cancellation"/> interrupts the cell, even a tight loop; the session survives.
    /// </summary>
    public async Task<ExecutionResult> ExecuteAsync(string code, string cellName, IOutputSink sink, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(sink);
        await oneCellAtATime.WaitAsync(CancellationToken.None);
        // One rule for every machine: a cell, and every thread or task it starts, formats and parses numbers in the
        // invariant culture, so "0.5" prints as the lessons' prose writes it on a German or Turkish machine too.
        // (It flows with the async context, so the caller's culture is untouched.)
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var clock = Stopwatch.StartNew();
        var output = new CellOutputBuffer(sink);
        currentOutput = output;
        consoleRouters ??= ConsoleRedirection.Install();
        stray.Begin(output);
        try
        {
            var count = ++ExecutionCount;
            var status = await RunCellAsync(code, cellName, output, cancellation);
            output.Close();
            if (releaseMemory) GiveMemoryBack();
            return new ExecutionResult(status, count, clock.Elapsed);
        }
        finally
        {
            stray.End();
            lastOutput = output;
            currentOutput = null;
            oneCellAtATime.Release();
        }
    }

    // Called once the failed cell's state is out of reach: a compacting collection returns its memory at once,
    // so the next cell has it (a kernel otherwise stays unusable until restarted).
    private void GiveMemoryBack()
    {
        releaseMemory = false;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private async Task<ExecutionStatus> RunCellAsync(string code, string cellName, CellOutputBuffer output, CancellationToken cancellation)
    {
        PreparedCell cell;
        try
        {
            cell = MagicParser.Parse(code);
            if (cell.IsMarkdown) return ExecutionStatus.Ok;
            var added = await references.AddAsync(cell, cancellation);
            referencesSinceLastSubmission.AddRange(added);
            foreach (var note in cell.Magics.OfType<NuGetPackageMagic>().Select(KitPackages.VersionNote).OfType<string>())
                output.WriteLineApart(note);
        }
        catch (MagicCommandException e)
        {
            output.Error(CellErrors.Preparation(cellName, e.Line, e.Message));
            return ExecutionStatus.Error;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            output.Error(CellErrors.Interrupted(cellName));
            return ExecutionStatus.Interrupted;
        }

        // The cell's code was compiled before and nothing since can make it bind differently (see Reruns): it runs again
        // as compiled. Errors name the cell as it is called now; its frames still carry the file name it was compiled under.
        if (state is { } current && referencesSinceLastSubmission.Count == 0 && SubmissionChain.CanRunAgain && reruns.Find(cell.Code) is { } compiled)
        {
            CellsRunAgain++;
            var (_, again) = await RunAndReportAsync(() => SubmissionChain.RunAgainAsync(current, compiled.Script, CancellationToken.None),
                compiled.Script, compiled.CellFile, compiled.Variables, cell, cellName, output, cancellation);
            return again;
        }

        var cellFile = $"{cellName} #{ExecutionCount}"; // unique, so stack frames are matched to this cell only
        // Endless recursion, Environment.Exit and thread crashes become errors.
        var guarded = SubmissionGuards.Apply(cell.Code, asWritten => Submission(asWritten, cellFile).GetCompilation());
        var script = Submission(guarded, cellFile);
        try
        {
            // Compiles and keeps the executor for the run below. (Script.Compile would also bind the whole
            // submission a second time to collect warnings, which nobody sees: several milliseconds a rerun; it and
            // CreateDelegate would also keep a list of every earlier submission on this one: see SubmissionChain.)
            // An interrupt stops the compilation too: a cell of megabytes takes seconds to compile.
            SubmissionChain.Compile(script, cancellation);
            SubmissionChain.ForgetRepeatedDependencies(loader);
        }
        catch (CompilationErrorException e)
        {
            output.Error(CellErrors.Compilation(cellName, e.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList()));
            return ExecutionStatus.Error;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            output.Error(CellErrors.Interrupted(cellName));
            return ExecutionStatus.Interrupted;
        }
        // Stack frames carry the path as the compiler recorded it (the source resolver may have made it absolute).
        cellFile = script.GetCompilation().SyntaxTrees.Last().FilePath;

        var previous = state;
        var addedReferences = referencesSinceLastSubmission.Count > 0; // read before Report clears the list
        var (run, status) = await RunAndReportAsync(
            () => previous is null
                ? script.RunAsync(globals, catchException: _ => true)
                : script.RunFromAsync(previous, catchException: _ => true),
            script, cellFile, null, cell, cellName, output, cancellation);
        if (run.Ending == CellEnding.Completed) reruns.Joined(cell.Code, script, cellFile, addedReferences);
        return status;
    }

    // Runs the submission on the cell's thread and reports how it ended; variablesRunAgain as for Report.
    private async Task<(CellRun<ScriptState<object>> Run, ExecutionStatus Status)> RunAndReportAsync(Func<Task<ScriptState<object>>> start,
        Script script, string cellFile, string[]? variablesRunAgain, PreparedCell cell, string cellName, CellOutputBuffer output, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var console = new CellConsole(output, Options.InputProvider, stray, cellName, cellFile);
        var run = await CellRunner.RunAsync(start, console, Options.CellTimeout, cancellation);
        clock.Stop();

        var status = Report(run, cellName, cellFile, script, output, cell.Code, variablesRunAgain);
        if (cell.IsTimed) output.WriteLineApart(TimeMagic.Report(clock.Elapsed));
        return (run, status);
    }

    // The cell's code as the next link of the session's chain of submissions.
    private Script<object> Submission(string code, string cellFile) => state is null
        ? CSharpScript.Create<object>(code, scriptOptions.AddReferences(referencesSinceLastSubmission).WithFilePath(cellFile), typeof(CellGlobals), loader)
        : state.Script.ContinueWith<object>(code, ContinuationOptions().WithFilePath(cellFile));

    // variablesRunAgain: for a cell run again as compiled, the variables it declares (null for a newly compiled cell, whose variables come last).
    private ExecutionStatus Report(CellRun<ScriptState<object>> run, string cellName, string cellFile, Script script, CellOutputBuffer output, string code,
        string[]? variablesRunAgain = null)
    {
        switch (run.Ending)
        {
            case CellEnding.TimedOut:
                output.Error(CellErrors.TimedOut(cellName, Options.CellTimeout));
                return ExecutionStatus.TimedOut;
            case CellEnding.Interrupted:
                output.Error(CellErrors.Interrupted(cellName));
                return ExecutionStatus.Interrupted;
            case CellEnding.Failed:
                output.Error(CellErrors.Exception(cellName, cellFile, run.Failure!));
                return ExecutionStatus.Error;
        }

        var newState = run.Value!;
        var earlier = state;
        state = newState; // kept even after an exception: the variables set before it stay, as in .NET Interactive
        if (earlier is not null && earlier.Script != newState.Script) SubmissionChain.ForgetFinishedCaches(earlier.Script.GetCompilation()); // done with: later cells only look names up in it
        referencesSinceLastSubmission = [];
        lock (submitted) // as the student wrote it (completion reads it), not as guarded
        {
            // A rerun declares nothing new: kept once, at its latest place, so completion does not grow with reruns.
            submitted.Remove(code);
            submitted.Add(code);
        }
        if (newState.Exception is { } exception)
        {
            if (CellErrors.IsOutOfMemory(exception)) EmptyVariables(newState, earlier?.Variables.Length ?? 0, variablesRunAgain); // read only then: it reflects over every cell
            output.Error(CellErrors.Exception(cellName, cellFile, exception));
            return ExecutionStatus.Error;
        }
        if (ShowsResult(script, newState.ReturnValue)) output.Result(FormatSafely(newState.ReturnValue));
        return ExecutionStatus.Ok;
    }

    // A cell that ran out of memory most likely holds it in a variable it declared ("hog.Add(…)" in a loop): those
    // variables are emptied, so the memory can be given back and the kernel stays usable without a restart. (Going
    // back to the state from before the cell would not free it: Roslyn's first run from a state writes the new
    // submission into the array that state shares.)
    // A cell run again as compiled keeps its place in the chain, so its variables are found by name: no cell compiled
    // since declares one of them (see Reruns), so the last variable of each name is the cell's own.
    private void EmptyVariables(ScriptState<object> failed, int earlierVariables, string[]? variablesRunAgain)
    {
        var declared = variablesRunAgain is null
            ? failed.Variables.Skip(earlierVariables)
            : variablesRunAgain.Select(failed.GetVariable).OfType<ScriptVariable>();
        foreach (var variable in declared.Where(v => !v.IsReadOnly))
            variable.Value = null; // reflection stores null in a value-type field as its default
        releaseMemory = true;
    }

    // Roslyn adds every reference of the previous submission to the next one by itself, and keeps each
    // submission's list alive along the chain. Passing the full list again would make every list longer than
    // the last — a thousand reruns cost gigabytes — so a continuation names only what #r added since.
    private ScriptOptions ContinuationOptions() =>
        scriptOptions.WithReferences(Array.Empty<MetadataReference>()).AddReferences(referencesSinceLastSubmission);

    // A submission returns null unless it ends in an expression with a value, so a value settles it. Only a null
    // needs Roslyn's answer ("Console.WriteLine(x)" shows nothing, a variable holding null shows "null"): binding the
    // last expression again costs about a millisecond and a half, a twentieth of a warm chart cell's round trip.
    private static bool ShowsResult(Script script, object? returnValue) => returnValue is not null || HasTrailingExpression(script);

    // Roslyn knows whether the submission ends in an expression with a value; "x;" and "Console.WriteLine(x)" do not.
    private static bool HasTrailingExpression(Script script)
    {
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.LastOrDefault();
        if (tree?.GetRoot() is not CompilationUnitSyntax root) return false;
        if (root.Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } last })
            return false;
        var type = compilation.GetSemanticModel(tree).GetTypeInfo(last.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    private MimeBundle FormatSafely(object? value)
    {
        try
        {
            return formatter.Format(value);
        }
        catch (Exception e)
        {
            return MimeBundle.FromText($"({value?.GetType().Name} could not be shown: {e.Message})");
        }
    }

    /// <summary>display(x) from a cell: shows the value now and hands back a handle to replace it.</summary>
    internal DisplayHandle Display(object? value)
    {
        var id = $"{displayPrefix}-{Interlocked.Increment(ref displayCount)}";
        OutputForDisplay().Display(FormatSafely(value), id);
        return new DisplayHandle(id, (newValue, displayId) => OutputForDisplay().UpdateDisplay(FormatSafely(newValue), displayId));
    }

    // A handle kept from an earlier cell updates through the cell running now (Jupyter front-ends match the
    // display id); between cells it goes to the last cell's sink.
    private CellOutputBuffer OutputForDisplay() =>
        currentOutput ?? lastOutput ?? throw new InvalidOperationException("display() can only be called from a running cell.");

    /// <summary>The distinct code submitted so far, each at its latest run, in order (for completion and inspection).</summary>
    public IReadOnlyList<string> SubmittedCode
    {
        get { lock (submitted) return submitted.ToArray(); }
    }

    /// <summary>Reads a variable's current value from the session state (null when it does not exist).</summary>
    public object? GetVariable(string name) => state?.GetVariable(name)?.Value;

    public void Dispose()
    {
        consoleRouters?.Dispose();
        oneCellAtATime.Dispose();
    }
}
