using System.Text.Json.Nodes;
using Downhill.Jupyter.Tests.Client;

namespace Downhill.Jupyter.Tests.Kernel;

[Collection(SharedKernelCollection.Name)]
public sealed class KernelInfoTests(RunningKernel kernel)
{
    private KernelClient Client => kernel.Client;

    [Theory]
    [InlineData(KernelChannel.Shell)]
    [InlineData(KernelChannel.Control)]
    public void Kernel_info_names_the_protocol_the_implementation_and_CSharp(KernelChannel channel)
    {
        var id = Client.Send(channel, "kernel_info_request", new JsonObject());
        var reply = Client.Reply(channel, id);

        Assert.Equal("kernel_info_reply", reply.Type);
        Assert.Equal("ok", reply.Text("status"));
        Assert.Equal("5.3", reply.Text("protocol_version"));
        Assert.Equal("downhill", reply.Text("implementation"));
        Assert.False(string.IsNullOrEmpty(reply.Text("implementation_version")));
        Assert.Contains("Downhill", reply.Text("banner"));
        Assert.NotEmpty(reply.Content["help_links"]!.AsArray());
        var language = reply.Content["language_info"]!.AsObject();
        Assert.Equal("C#", language["name"]!.GetValue<string>());
        Assert.Equal("text/x-csharp", language["mimetype"]!.GetValue<string>());
        Assert.Equal(".cs", language["file_extension"]!.GetValue<string>());
        Assert.Equal("csharp", language["pygments_lexer"]!.GetValue<string>());
        Assert.Equal("text/x-csharp", language["codemirror_mode"]!.GetValue<string>());
        Assert.Matches(@"^\d+\.\d+$", language["version"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(KernelChannel.Shell, "kernel_info_request")]
    [InlineData(KernelChannel.Control, "kernel_info_request")]
    [InlineData(KernelChannel.Shell, "history_request")]
    [InlineData(KernelChannel.Shell, "comm_info_request")]
    [InlineData(KernelChannel.Shell, "is_complete_request")]
    public void Every_request_is_wrapped_in_busy_then_idle_with_the_request_as_parent(KernelChannel channel, string type)
    {
        var id = Client.Send(channel, type, new JsonObject { ["code"] = "1 + 1" });
        Client.Reply(channel, id);
        var statuses = Client.IopubUntilIdle(id).Where(m => m.Type == "status").Select(m => m.Text("execution_state")).ToList();

        Assert.Equal(["busy", "idle"], statuses);
    }

    [Fact]
    public void History_and_comm_info_answer_empty()
    {
        var history = Client.Reply(KernelChannel.Shell, Client.Send(KernelChannel.Shell, "history_request",
            new JsonObject { ["output"] = false, ["raw"] = true, ["hist_access_type"] = "tail", ["n"] = 10 }));
        var comms = Client.Reply(KernelChannel.Shell, Client.Send(KernelChannel.Shell, "comm_info_request", new JsonObject()));

        Assert.Equal("history_reply", history.Type);
        Assert.Empty(history.Content["history"]!.AsArray());
        Assert.Equal("comm_info_reply", comms.Type);
        Assert.Equal("ok", comms.Text("status"));
        Assert.Empty(comms.Content["comms"]!.AsObject());
    }

    [Fact]
    public void Heartbeat_echoes()
    {
        Assert.True(Client.Ping(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Replies_are_signed_with_the_connection_key()
    {
        Client.Reply(KernelChannel.Shell, Client.Send(KernelChannel.Shell, "kernel_info_request", new JsonObject()));

        Assert.Empty(Client.BadSignatures);
    }

    [Theory]
    [InlineData("var x = 1;", "complete", null)]
    [InlineData("1 + 2", "complete", null)]
    [InlineData("", "complete", null)]
    [InlineData("for (var i = 0; i < 3; i++)\n{", "incomplete", "    ")]
    [InlineData("if (true) { if (true) {", "incomplete", "        ")]
    [InlineData("var s = @\"a verbatim string may span lines", "incomplete", "")]
    [InlineData("var = ;", "invalid", null)]
    [InlineData("#!time\nvar y = 2;", "complete", null)]
    public void Is_complete_tells_complete_incomplete_with_indent_and_invalid(string code, string status, string? indent)
    {
        var reply = Client.Reply(KernelChannel.Shell, Client.Send(KernelChannel.Shell, "is_complete_request", new JsonObject { ["code"] = code }));

        Assert.Equal("is_complete_reply", reply.Type);
        Assert.Equal(status, reply.Text("status"));
        if (indent is not null) Assert.Equal(indent, reply.Text("indent"));
    }
}
