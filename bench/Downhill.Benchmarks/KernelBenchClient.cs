using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using NetMQ;
using NetMQ.Sockets;

namespace Downhill.Benchmarks;

/// <summary>
/// A kernel process (ours or Debian's ipykernel) started from a fresh connection file, with a
/// minimal signed shell + iopub client — the same thing jupyter_client does, without Python in the
/// measured path. (The test project has a fuller client; benchmarks cannot reference tests.)
/// </summary>
internal sealed class KernelBenchClient : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly DealerSocket _shell = new();
    private readonly SubscriberSocket _iopub = new();
    private readonly byte[] _key = Encoding.UTF8.GetBytes(Guid.NewGuid().ToString());
    private readonly string _session = Guid.NewGuid().ToString();

    private KernelBenchClient(Func<string, ProcessStartInfo> command, string workingDirectory)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"downhill-bench-kernel-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var ports = FreePorts(5);
        var connectionFile = Path.Combine(folder, "connection.json");
        File.WriteAllText(connectionFile, new JsonObject
        {
            ["shell_port"] = ports[0], ["iopub_port"] = ports[1], ["stdin_port"] = ports[2], ["control_port"] = ports[3], ["hb_port"] = ports[4],
            ["ip"] = "127.0.0.1", ["key"] = Encoding.UTF8.GetString(_key), ["transport"] = "tcp", ["signature_scheme"] = "hmac-sha256",
        }.ToJsonString());
        var start = command(connectionFile);
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        _process = Process.Start(start)!;
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
        _shell.Connect($"tcp://127.0.0.1:{ports[0]}");
        _iopub.Connect($"tcp://127.0.0.1:{ports[1]}");
        _iopub.SubscribeToAnyTopic();
    }

    /// <summary>Our kernel, started as its kernelspec starts it (dotnet Downhill.Cli.dll kernel start), in the notebooks folder.</summary>
    public static KernelBenchClient StartDownhill()
    {
        var cli = Path.Combine(Path.GetDirectoryName(typeof(Downhill.Jupyter.KernelIdentity).Assembly.Location)!, "Downhill.Cli.dll");
        var spec = Downhill.Jupyter.Install.KernelSpecInstaller.KernelJson(["dotnet", cli]);
        return new KernelBenchClient(connection =>
        {
            var argv = spec["argv"]!.AsArray().Select(a => a!.GetValue<string>().Replace("{connection_file}", connection)).ToList();
            var start = new ProcessStartInfo(argv[0], argv.Skip(1));
            foreach (var (name, value) in spec["env"]!.AsObject()) start.Environment[name] = value!.GetValue<string>();
            return start;
        }, NotebooksFolder());
    }

    /// <summary>Debian's Python kernel, as its kernelspec starts it.</summary>
    public static KernelBenchClient StartIpykernel() =>
        new(connection => new ProcessStartInfo("/usr/bin/python3", ["-m", "ipykernel_launcher", "-f", connection]), Path.GetTempPath());

    /// <summary>Sends kernel_info until it is answered (a kernel binds its sockets a moment after it starts).</summary>
    public void WaitUntilReady()
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The kernel exited with code {_process.ExitCode} before it was ready.");
            var id = Send("kernel_info_request", new JsonObject());
            if (TryReceive(_shell, id, "kernel_info_reply", TimeSpan.FromMilliseconds(250)) is not null) return;
        }
        throw new TimeoutException("The kernel did not answer kernel_info within a minute.");
    }

    /// <summary>Runs a cell and waits for its execute_reply and for iopub to go idle; throws when the cell failed.</summary>
    public void Execute(string code)
    {
        var id = Send("execute_request", new JsonObject
        {
            ["code"] = code, ["silent"] = false, ["store_history"] = true, ["user_expressions"] = new JsonObject(),
            ["allow_stdin"] = false, ["stop_on_error"] = true,
        });
        var reply = TryReceive(_shell, id, "execute_reply", Patience) ?? throw new TimeoutException("No execute_reply.");
        if (reply["status"]?.GetValue<string>() != "ok")
            throw new InvalidOperationException($"The cell failed: {reply["evalue"]}");
        while (TryReceive(_iopub, id, "status", Patience) is { } status)
            if (status["execution_state"]?.GetValue<string>() == "idle") return;
        throw new TimeoutException("iopub never went idle.");
    }

    private string Send(string type, JsonObject content)
    {
        var id = Guid.NewGuid().ToString("N");
        var header = new JsonObject
        {
            ["msg_id"] = id, ["session"] = _session, ["username"] = "bench", ["msg_type"] = type, ["version"] = "5.3",
            ["date"] = DateTime.UtcNow.ToString("O"),
        };
        byte[][] parts = [Bytes(header), Bytes(new JsonObject()), Bytes(new JsonObject()), Bytes(content)];
        var message = new NetMQMessage();
        message.Append("<IDS|MSG>");
        message.Append(Convert.ToHexStringLower(HMACSHA256.HashData(_key, parts.SelectMany(p => p).ToArray())));
        foreach (var part in parts) message.Append(part);
        _shell.SendMultipartMessage(message);
        return id;
    }

    private static JsonObject? TryReceive(NetMQSocket socket, string parentId, string type, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            // Whole milliseconds, at least one: NetMQ truncates the timeout to milliseconds and a 0 there spins for
            // ever, and a negative one waits for ever.
            var left = TimeSpan.FromMilliseconds(Math.Ceiling((deadline - DateTime.UtcNow).TotalMilliseconds));
            var frames = new NetMQMessage();
            if (left <= TimeSpan.Zero || !socket.TryReceiveMultipartMessage(left, ref frames)) return null;
            var all = frames.Select(f => f.ToByteArray()).ToList();
            var delimiter = all.FindIndex(f => f.AsSpan().SequenceEqual("<IDS|MSG>"u8));
            var header = JsonNode.Parse(all[delimiter + 2])!;
            var parent = JsonNode.Parse(all[delimiter + 3])!;
            if (header["msg_type"]?.GetValue<string>() == type && parent["msg_id"]?.GetValue<string>() == parentId)
                return JsonNode.Parse(all[delimiter + 5])!.AsObject();
        }
    }

    private static byte[] Bytes(JsonObject node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }

    private static string NotebooksFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Downhill.sln"))) return Path.Combine(dir.FullName, "notebooks");
        return Path.GetTempPath();
    }

    public void Dispose()
    {
        _shell.Options.Linger = TimeSpan.Zero;
        _iopub.Options.Linger = TimeSpan.Zero;
        _shell.Dispose();
        _iopub.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(5000);
        _process.Dispose();
    }
}
