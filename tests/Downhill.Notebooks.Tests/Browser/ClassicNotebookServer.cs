using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Downhill.Testing;

namespace Downhill.Notebooks.Tests.Browser;

/// <summary>
/// Debian's Jupyter Notebook 6 serving one folder on 127.0.0.1 with a token, finding kernels through the given
/// JUPYTER_PATH. Its configuration, data (the trust database that signs saved notebooks) and runtime files live in
/// a temporary folder, so nothing of the user's Jupyter set-up is read or written. Stopping it stops its kernels.
/// </summary>
internal sealed class ClassicNotebookServer : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly StringBuilder log;
    private readonly string home;

    private ClassicNotebookServer(Process process, StringBuilder log, string home, int port, string token)
    {
        this.process = process;
        this.log = log;
        this.home = home;
        Port = port;
        Token = token;
    }

    public int Port { get; }

    public string Token { get; }

    /// <summary>What the server has printed so far (kernel start-ups and failures show here).</summary>
    public string Log
    {
        get { lock (log) return log.ToString(); }
    }

    /// <summary>The notebook page of a file under the served folder, with the token that lets the browser in.</summary>
    public Uri NotebookAddress(string relativePath) =>
        new($"http://127.0.0.1:{Port}/notebooks/{Uri.EscapeDataString(relativePath).Replace("%2F", "/")}?token={Token}");

    /// <summary>Starts the server and returns once its REST API answers; says why when it does not within a minute.</summary>
    public static async Task<ClassicNotebookServer> StartAsync(string servedFolder, string jupyterPath)
    {
        var command = Prerequisites.RequireJupyterNotebook();
        var home = RepositoryPaths.NewTempFolder("downhill-notebook-home");
        var token = Guid.NewGuid().ToString("N");
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo(command,
        [
            "--no-browser", "--ip=127.0.0.1", $"--port={port}", "--port-retries=0", $"--NotebookApp.token={token}",
            $"--notebook-dir={servedFolder}", "--NotebookApp.allow_remote_access=False",
            "--allow-root", // CI containers often run as root, which the server otherwise refuses; elsewhere it changes nothing
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = servedFolder,
        };
        start.Environment["JUPYTER_PATH"] = jupyterPath;
        start.Environment["JUPYTER_CONFIG_DIR"] = Path.Combine(home, "config");
        start.Environment["JUPYTER_DATA_DIR"] = Path.Combine(home, "data");
        start.Environment["JUPYTER_RUNTIME_DIR"] = Path.Combine(home, "runtime");
        start.Environment["IPYTHONDIR"] = Path.Combine(home, "ipython");

        var log = new StringBuilder();
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ClassicNotebookServer(process, log, home, port, token);
        try
        {
            await server.WaitUntilAnsweringAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = Client(TimeSpan.FromSeconds(5));
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartLimit)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"jupyter-notebook exited ({process.ExitCode}) before it answered on 127.0.0.1:{Port}. Its log:\n{Log}");
            try
            {
                using var status = await http.GetAsync($"http://127.0.0.1:{Port}/api/status");
                if (status.IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"Waited {StartLimit.TotalSeconds:0} s for jupyter-notebook to answer /api/status on 127.0.0.1:{Port}. Its log:\n{Log}");
    }

    private HttpClient Client(TimeSpan timeout)
    {
        var http = new HttpClient { Timeout = timeout };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("token", Token);
        return http;
    }

    // A port the system just handed out and took back; --port-retries=0 makes the server fail, not wander, if it is taken meanwhile.
    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Asks the server to shut down (it stops its kernels), then kills whatever is left after a bounded wait.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            try
            {
                using var http = Client(TimeSpan.FromSeconds(10));
                using var _ = await http.PostAsync($"http://127.0.0.1:{Port}/api/shutdown", null);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not answering: killed below
            }
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try { await process.WaitForExitAsync(wait.Token); }
            catch (OperationCanceledException) { /* killed below */ }
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        process.Dispose();
        try { Directory.Delete(home, recursive: true); }
        catch (IOException) { /* left for the system's temp cleaning */ }
    }
}
