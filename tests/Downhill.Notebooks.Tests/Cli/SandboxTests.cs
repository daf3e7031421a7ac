using System.Net;
using System.Net.Sockets;
using Downhill.Notebooks.Documents;
using Downhill.Testing;
using static Downhill.Notebooks.Tests.NotebookRuns.TestNotebooks;

namespace Downhill.Notebooks.Tests.Cli;

/// <summary>
/// `downhill run --sandbox`, through the real command: a hostile submission starts a detached process that would
/// rewrite its page after the run, writes outside its folder, reads a file of the instructor's and connects to a
/// listener on 127.0.0.1. Each is blocked in the sandbox; the same submission run with --safe alone does all four,
/// which is what the sandbox is for (and shows these tests can fail).
/// </summary>
public class SandboxTests
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(3);

    /// <summary>A class's folder: one student's submission, a neighbour's, and the instructor's HOME with a secret.</summary>
    private sealed class Classroom : IDisposable
    {
        public Classroom()
        {
            Root = RepositoryPaths.NewTempFolder("downhill-sandbox-test");
            Home = Directory.CreateDirectory(Path.Combine(Root, "instructor-home")).FullName;
            Secret = Path.Combine(Home, "secret.txt");
            File.WriteAllText(Secret, "instructor's private key 7f3a9c");
            Submission = Directory.CreateDirectory(Path.Combine(Root, "submissions", "alice")).FullName;
            Neighbour = Directory.CreateDirectory(Path.Combine(Root, "submissions", "bob")).FullName;
            File.WriteAllText(Path.Combine(Neighbour, "bob.html"), "bob's page");
            Listener = new TcpListener(IPAddress.Loopback, 0);
            Listener.Start();
            accepting = AcceptAsync();
        }

        public string Root { get; }
        public string Home { get; }
        public string Secret { get; }
        public string Submission { get; }
        public string Neighbour { get; }
        public TcpListener Listener { get; }
        public int Port => ((IPEndPoint)Listener.LocalEndpoint).Port;
        public int Connections;
        public string Marked => Path.Combine(Root, "marked");
        public string Page => Path.Combine(Marked, "student.html");

        /// <summary>Names the detached process's command line carries, so the test can look for it in /proc.</summary>
        public readonly string Marker = $"downhill-hostile-{Guid.NewGuid():N}";

        private readonly CancellationTokenSource stop = new();
        private readonly Task accepting;

        private async Task AcceptAsync()
        {
            try
            {
                while (true)
                {
                    using var client = await Listener.AcceptTcpClientAsync(stop.Token);
                    Interlocked.Increment(ref Connections);
                }
            }
            catch (OperationCanceledException) { }
            catch (ObjectDisposedException) { }
        }

        /// <summary>The hostile submission: each cell reports what it managed, and none of them throws.</summary>
        public string WriteSubmission() => Save(Submission, "student.ipynb",
            Markdown("# Homework 3"),
            Code($$"""
                var stay = System.Diagnostics.Process.Start("/bin/sh", new[] { "-c", "sleep 3; echo '<script>alert(1)</script>' > '{{Page}}'; sleep 60; :", "{{Marker}}" });
                Console.WriteLine("started " + stay.Id);
                """),
            Code($$"""
                foreach (var target in new[] { @"{{Path.Combine(Neighbour, "bob.html")}}", @"{{Path.Combine(Home, "planted.txt")}}", @"{{Path.Combine(Submission, "planted.txt")}}", @"{{Page}}" })
                {
                    try { System.IO.File.WriteAllText(target, "<script>alert('planted')</script>"); Console.WriteLine("wrote " + target); }
                    catch (Exception e) { Console.WriteLine("write blocked: " + e.GetType().Name); }
                }
                """),
            Code($$"""
                try { Console.WriteLine("read: " + System.IO.File.ReadAllText(@"{{Secret}}")); }
                catch (Exception e) { Console.WriteLine("read blocked: " + e.GetType().Name); }
                """),
            Code($$"""
                try { using var client = new System.Net.Sockets.TcpClient(); client.Connect("127.0.0.1", {{Port}}); Console.WriteLine("connected"); }
                catch (Exception e) { Console.WriteLine("connect blocked: " + e.GetType().Name); }
                """));

        /// <summary>Processes whose command line carries the marker (any user's that /proc shows).</summary>
        public IReadOnlyList<int> MarkedProcesses()
        {
            var found = new List<int>();
            foreach (var folder in Directory.GetDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(folder), out var id)) continue;
                try
                {
                    if (File.ReadAllText(Path.Combine(folder, "cmdline")).Contains(Marker, StringComparison.Ordinal)) found.Add(id);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* gone meanwhile */ }
            }
            return found;
        }

        /// <summary>What the executed notebook's cells printed, one string per code cell.</summary>
        public IReadOnlyList<string> Printed() =>
            NotebookFile.Read(Path.Combine(Marked, "student.ipynb")).Cells.Where(c => c.Kind == CellKind.Code)
                .Select(c => string.Concat(c.Outputs.OfType<StreamOutput>().Select(o => o.Text)) +
                             string.Concat(c.Outputs.OfType<ErrorOutput>().Select(o => o.Value)))
                .ToList();

        public void Dispose()
        {
            foreach (var id in MarkedProcesses())
            {
                try { System.Diagnostics.Process.GetProcessById(id).Kill(); }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException) { }
            }
            stop.Cancel();
            Listener.Stop();
            accepting.Wait(TimeSpan.FromSeconds(5));
            Directory.Delete(Root, recursive: true);
        }
    }

    [Fact]
    public async Task A_hostile_submission_run_in_the_sandbox_leaves_nothing_running_writes_reads_and_connects_nothing()
    {
        Prerequisites.RequireBubblewrap();
        using var room = new Classroom();
        var source = room.WriteSubmission();
        var before = File.ReadAllText(source);

        var run = DownhillCommand.Bounded(room.Root, RunLimit, null, "run", source, "--sandbox", "--html", "-o", room.Marked);
        var runningAfterwards = room.MarkedProcesses();

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Empty(runningAfterwards);
        var page = File.ReadAllText(room.Page);
        await Task.Delay(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken); // the detached process meant to strike after 3 s
        Assert.Equal(page, File.ReadAllText(room.Page));
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.DoesNotContain("<script>alert", page); // the cells' source shows it, encoded
        Assert.Contains("Content-Security-Policy", page); // the page of a sandboxed run is a safe one

        var printed = room.Printed();
        Assert.Contains("started", printed[0]);
        Assert.Equal("bob's page", File.ReadAllText(Path.Combine(room.Neighbour, "bob.html")));
        Assert.False(File.Exists(Path.Combine(room.Home, "planted.txt")), printed[1]);
        Assert.False(File.Exists(Path.Combine(room.Submission, "planted.txt")), printed[1]);
        Assert.Contains("write blocked", printed[1]); // its own folder is read-only
        Assert.Equal(before, File.ReadAllText(source));
        Assert.Contains("read blocked", printed[2]);
        Assert.DoesNotContain("7f3a9c", page);
        Assert.Contains("connect blocked", printed[3]);
        Assert.Equal(0, room.Connections);
    }

    [Fact]
    public void A_sandboxed_notebook_still_reads_its_own_folder_takes_its_parameters_and_charts()
    {
        Prerequisites.RequireBubblewrap();
        var folder = RepositoryPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "numbers.csv"), "x\n1\n2\n");
        var lesson = ChartLesson().ToList();
        lesson.Add(Code("System.IO.File.ReadAllLines(\"numbers.csv\").Length * alpha"));
        Save(folder, "lesson.ipynb", [.. lesson]);

        var run = DownhillCommand.Bounded(folder, RunLimit, null, "run", "lesson.ipynb", "--sandbox", "--html", "-p", "alpha=0.5", "-o", "out");

        Assert.True(run.ExitCode == 0, run.Output);
        var executed = NotebookFile.Read(Path.Combine(folder, "out", "lesson.ipynb"));
        Assert.Equal("1.5", executed.Cells[^1].Outputs.OfType<ExecuteResultOutput>().Single().Data.Text("text/plain"));
        Assert.Matches(@"│ lesson\.ipynb\s+│\s+6/6 │\s+\d+\.\d │ ok\s+│", run.Output); // the lesson's five code cells and the injected parameters
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(File.ReadAllText(Path.Combine(folder, "out", "lesson.html")), "class=\"downhill-figure\""));
    }

    [Fact]
    public void A_notebook_that_keeps_its_process_alive_is_killed_at_the_sandboxs_time_limit()
    {
        Prerequisites.RequireBubblewrap();
        var folder = RepositoryPaths.NewTempFolder();
        // The cell itself ends at once, so its own --timeout never fires; the thread it leaves keeps the child from exiting.
        Save(folder, "spin.ipynb", Code("new System.Threading.Thread(() => { while (true) { } }).Start();\nConsole.WriteLine(\"spinning\");"));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var run = DownhillCommand.Bounded(folder, RunLimit, null, "run", "spin.ipynb", "--sandbox", "--timeout", "1", "-o", "out");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"│ spin\.ipynb\s+│\s+\d/1 │\s+\d+\.\d │ timed out\s+│", run.Output);
        Assert.Contains("the sandbox stopped it after 61 seconds", string.Join(' ', run.Output.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(150)); // one cell of 1 s, and a minute to start
        Assert.True(File.Exists(Path.Combine(folder, "out", "spin.ipynb"))); // what the parent could show: the notebook as given
    }

    [Fact]
    public void The_same_submission_with_safe_alone_does_all_of_it()
    {
        using var room = new Classroom();
        var source = room.WriteSubmission();

        var run = DownhillCommand.Bounded(room.Root, RunLimit, null, "run", source, "--safe", "--html", "-o", room.Marked);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("left running and killed: sh", run.StandardError); // the test's process guard found the detached process and stopped it
        var printed = room.Printed();
        Assert.Contains("alert('planted')", File.ReadAllText(Path.Combine(room.Neighbour, "bob.html")));
        Assert.True(File.Exists(Path.Combine(room.Home, "planted.txt")), printed[1]);
        Assert.Contains("read: instructor's private key 7f3a9c", printed[2]);
        Assert.Contains("connected", printed[3]);
        Assert.Equal(1, room.Connections);
    }

    [Fact]
    public void Without_bubblewrap_the_sandbox_is_refused_in_one_sentence_and_nothing_runs()
    {
        using var room = new Classroom();
        var source = room.WriteSubmission();
        var emptyPath = Directory.CreateDirectory(Path.Combine(room.Root, "no-programs")).FullName;

        var run = DownhillCommand.Bounded(room.Root, RunLimit, new Dictionary<string, string> { ["PATH"] = emptyPath },
            "run", source, "--sandbox", "--html", "-o", room.Marked);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("--sandbox needs bubblewrap (bwrap), which is not installed (Debian: apt-get install bubblewrap); nothing was run.",
            string.Join(' ', run.StandardOutput.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))); // the console wraps long lines
        Assert.False(Directory.Exists(room.Marked));
        Assert.Empty(room.MarkedProcesses());
    }
}
