using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Scripting.Hosting;

namespace Downhill.Notebooks.CellExecution;

/// <summary>
/// Four things Roslyn scripting keeps for every submission a session ever ran, on top of what its chain of
/// compilations needs (issue 23, item 7: a session's memory grew with every cell run). All four are reached
/// through members Roslyn does not make public; when a Roslyn update renames them, cells behave exactly as before
/// and only the memory saving is lost (<c>SubmissionChainTests</c> fails then, so the update is noticed).
/// </summary>
/// <remarks>
/// <para>
/// Compiling ahead of the run. Every public way to compile a submission without running it
/// (<see cref="Script{T}.CreateDelegate"/>, <see cref="Script.Compile"/>) also gathers the executors of all the
/// submissions before it into an array that the submission keeps: 8 bytes per earlier cell, on every cell — a
/// thousand cells kept 4 MB of such arrays, ten thousand would keep 400 MB, growing as the square of the cells run.
/// <see cref="Compile"/> builds the submission's own executor only, which is all
/// <see cref="Script{T}.RunFromAsync(ScriptState, Func{Exception, bool}, CancellationToken)"/> uses.
/// </para>
/// <para>
/// The assembly loader. After emitting each submission, Roslyn tells the loader where every referenced assembly lives,
/// and the loader appends each to a list without looking whether it already has it: about 190 entries a cell
/// (the framework and the kit), some 6 KB kept per cell. <see cref="ForgetRepeatedDependencies"/> keeps one of each.
/// </para>
/// <para>
/// A finished submission's table of built-in operators. Each compilation builds, the first time it binds an operator,
/// the compiler's table of built-in operator signatures for that operator's kind (<c>+</c> for every numeric type, lifted
/// and not): about 17 KB for a cell with a few arithmetic operators, which stays with the compilation for the
/// session's life. A finished submission's compilation is kept only so later cells can look up what it declared; it
/// never binds an operator again, and if it did, the compiler would build the table anew (it is a cache that starts
/// empty). <see cref="ForgetFinishedCaches"/> empties it.
/// </para>
/// <para>
/// A finished submission's set of used assemblies. While compiling a cell, the compiler notes every referenced assembly
/// the cell's binding touched (looking up <c>System</c> or <c>System.Linq</c> touches most of the framework's 190):
/// about 9 KB a cell, kept for the session's life. The set answers only <c>Compilation.GetUsedAssemblyReferences</c>
/// (which the kit never asks) and the compilation's own "unnecessary using" notes (hidden, and only made while that
/// compilation itself is compiled or diagnosed, which a finished submission never is again). Roslyn reads the field in
/// those three places only. <see cref="ForgetFinishedCaches"/> drops it too; the compilation then answers that it used
/// no assemblies, and the cells before and after it compile and run as before.
/// </para>
/// <para>
/// What stays per cell (about 60 KB of managed memory with the kit's 190 references): the compilation itself, which
/// later cells bind against (its syntax, symbols, and the table of its 190 referenced assemblies that Roslyn builds
/// for every compilation), the emitted and loaded submission assembly, and the loader's note of it.
/// </para>
/// </remarks>
internal static class SubmissionChain
{
    private const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;

    // Script<T>.GetExecutor(CancellationToken): emits this submission and loads it, nothing about the ones before it.
    private static readonly Func<Script<object>, CancellationToken, Func<object[], Task<object>>>? OwnExecutor = FindOwnExecutor();

    private static readonly FieldInfo? DependenciesField = typeof(InteractiveAssemblyLoader).GetField("_dependenciesWithLocationBySimpleName", Private);
    private static readonly FieldInfo? LoaderLockField = typeof(InteractiveAssemblyLoader).GetField("_referencesLock", Private);

    // CSharpCompilation's lazily made table of built-in operators (null until the compilation first binds an operator);
    // Roslyn reads it only through its BuiltInOperators property, which reads the field once and makes a table when null.
    private static readonly FieldInfo? OperatorsField = typeof(CSharpCompilation).GetField("_lazyBuiltInOperators", Private);

    // CSharpCompilation's set of the referenced assemblies its binding used (a ConcurrentSet, null until the first is noted).
    private static readonly FieldInfo? UsedAssembliesField = typeof(CSharpCompilation).GetField("_lazyUsedAssemblyReferences", Private);

    /// <summary>True when all four savings apply with the Roslyn this build runs on.</summary>
    internal static bool SavingsApply => OwnExecutor is not null && EntryFields.Length > 0 && LoaderLockField is not null
        && OperatorsField is not null && UsedAssembliesField is not null && !UsedAssembliesField.FieldType.IsValueType;

    /// <summary>
    /// Compiles, emits and loads the submission, ready for <c>RunFromAsync</c> (or <c>RunAsync</c> for the first).
    /// Throws <see cref="Microsoft.CodeAnalysis.Scripting.CompilationErrorException"/> as <c>CreateDelegate</c> does.
    /// </summary>
    public static void Compile(Script<object> script, CancellationToken cancellation)
    {
        if (OwnExecutor is { } build) build(script, cancellation);
        else script.CreateDelegate(cancellation);
    }

    /// <summary>Drops the loader's repeated notes of where a referenced assembly lives (one of each stays).</summary>
    public static void ForgetRepeatedDependencies(InteractiveAssemblyLoader loader)
    {
        if (EntryFields.Length == 0 || DependenciesField?.GetValue(loader) is not IDictionary bySimpleName
            || LoaderLockField?.GetValue(loader) is not { } gate) return;
        lock (gate) // the loader's own lock: the runtime may ask it to resolve an assembly from any thread
        {
            foreach (var list in bySimpleName.Values.OfType<IList>())
            {
                // A handful of entries each (one per version of an assembly seen, plus this cell's repeats).
                for (var i = list.Count - 1; i > 0; i--)
                    if (SeenBefore(list, i)) list.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// Drops the operator tables and the set of used assemblies of a submission that has run and will not be compiled
    /// again. Only for a compilation nothing else is binding (Roslyn adds to the used set without a lock): the session
    /// calls it with one cell at a time, for the submission before the current one, once the current one has run.
    /// </summary>
    public static void ForgetFinishedCaches(Compilation finished)
    {
        if (finished is not CSharpCompilation compilation) return;
        OperatorsField?.SetValue(compilation, null);
        if (UsedAssembliesField is { FieldType.IsValueType: false } used) used.SetValue(compilation, null);
    }

    /// <summary>True when a compiled submission can be run again with the Roslyn this build runs on (see <see cref="RunAgainAsync"/>).</summary>
    internal static bool CanRunAgain => OwnExecutor is not null && ExecutionStateProperty is not null && FreezeAndClone is not null
        && RunSubmissions is not null && NewState is not null;

    /// <summary>
    /// Runs an earlier submission of the chain once more, on a copy of <paramref name="state"/>'s submissions, without
    /// compiling anything: the submission's constructor puts a new instance of it in its own slot (where cells compiled
    /// later find its variables), then its code runs. The state handed back continues the chain from the same last
    /// submission as <paramref name="state"/>, which itself is left as it was: a rerun stopped halfway changes nothing.
    /// Only for a submission <see cref="Reruns"/> found safe to run again; only when <see cref="CanRunAgain"/>.
    /// </summary>
    public static async Task<ScriptState<object>> RunAgainAsync(ScriptState<object> state, Script<object> submission, CancellationToken cancellation)
    {
        var executor = OwnExecutor!(submission, cancellation); // compiled already: the executor Roslyn keeps on the script
        var shared = ExecutionStateProperty!.GetValue(state)!;
        FreezeAndClone!.Invoke(shared, null); // the first clone of a state shares its array; the second is a copy
        var copy = FreezeAndClone.Invoke(shared, null)!;
        var exception = new StrongBox<Exception>();
        var run = (Task<object>)RunSubmissions!.Invoke(copy,
            [ImmutableArray<Func<object[], Task>>.Empty, executor, exception, (Func<Exception, bool>)(_ => true), cancellation])!;
        var value = await run.ConfigureAwait(false);
        return (ScriptState<object>)NewState!.Invoke([copy, state.Script, value, exception.Value]);
    }

    // ScriptState.ExecutionState: the array of submission instances (slot 0 holds the globals) and how many are filled.
    private static readonly PropertyInfo? ExecutionStateProperty = typeof(ScriptState).GetProperty("ExecutionState", Private);
    private static readonly MethodInfo? FreezeAndClone = ExecutionStateProperty?.PropertyType.GetMethod("FreezeAndClone", BindingFlags.Instance | BindingFlags.Public);

    // ScriptExecutionState.RunSubmissionsAsync<object>(earlier executors, this executor, exception holder, catch, token):
    // how Roslyn itself runs a submission, catching its exception into the holder as RunFromAsync(catchException:) does.
    private static readonly MethodInfo? RunSubmissions = ExecutionStateProperty?.PropertyType
        .GetMethod("RunSubmissionsAsync", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)?.MakeGenericMethod(typeof(object));

    // new ScriptState<object>(executionState, script, returnValue, exception)
    private static readonly ConstructorInfo? NewState = ExecutionStateProperty is null ? null
        : typeof(ScriptState<object>).GetConstructor(Private, [ExecutionStateProperty.PropertyType, typeof(Script), typeof(object), typeof(Exception)]);

    // An (identity, path) pair: a struct of two references, compared by those.
    private static bool SeenBefore(IList list, int index)
    {
        var entry = list[index]!;
        for (var i = 0; i < index; i++)
        {
            var other = list[i]!;
            if (EntryFields.All(f => Equals(f.GetValue(entry), f.GetValue(other)))) return true;
        }
        return false;
    }

    // The fields of the loader's list entries (Dictionary<string, List<entry>>).
    private static readonly FieldInfo[] EntryFields = DependenciesField?.FieldType.GetGenericArguments() is [_, { IsGenericType: true } list]
        ? list.GetGenericArguments()[0].GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
        : [];

    private static Func<Script<object>, CancellationToken, Func<object[], Task<object>>>? FindOwnExecutor()
    {
        var method = typeof(Script<object>).GetMethod("GetExecutor", Private, [typeof(CancellationToken)]);
        if (method?.ReturnType != typeof(Func<object[], Task<object>>)) return null;
        return method.CreateDelegate<Func<Script<object>, CancellationToken, Func<object[], Task<object>>>>();
    }
}
