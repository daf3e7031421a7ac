using Downhill.Jupyter.Protocol;
using Downhill.Testing;

namespace Downhill.Jupyter.Tests.Protocol;

public sealed class ConnectionInfoTests
{
    private static string Write(string json)
    {
        var path = Path.Combine(RepositoryPaths.NewTempFolder("downhill-connection"), "connection.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void A_jupyter_connection_file_is_read_with_its_ports_key_and_addresses()
    {
        var info = ConnectionInfo.Load(Write("""
            {"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005,
             "ip": "127.0.0.1", "key": "abc", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "downhill"}
            """));

        Assert.Equal(5001, info.ShellPort);
        Assert.Equal(5005, info.HeartbeatPort);
        Assert.Equal("abc", info.Key);
        Assert.Equal("tcp://127.0.0.1:5004", info.Address(info.ControlPort));
    }

    [Theory]
    [InlineData("""{"transport": "ipc", "shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5}""", "transport 'ipc'")]
    [InlineData("""{"signature_scheme": "hmac-md5", "shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5}""", "hmac-md5")]
    [InlineData("""{"shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4}""", "hb_port")]
    [InlineData("""not json""", "not valid JSON")]
    [InlineData("""{"ip": "127.0.0.1:5555", "shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5}""", "an address with a port")]
    public void A_bad_connection_file_fails_with_one_clear_sentence(string json, string mentioned)
    {
        var error = Assert.Throws<KernelStartException>(() => ConnectionInfo.Load(Write(json)));

        Assert.Contains(mentioned, error.Message);
    }

    [Fact]
    public void A_missing_connection_file_is_named()
    {
        var error = Assert.Throws<KernelStartException>(() => ConnectionInfo.Load("/nonexistent/kernel-1.json"));

        Assert.Contains("/nonexistent/kernel-1.json", error.Message);
    }
}
