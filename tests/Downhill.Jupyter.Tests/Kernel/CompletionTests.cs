using System.Text.Json.Nodes;
using Downhill.Jupyter.Tests.Client;

namespace Downhill.Jupyter.Tests.Kernel;

[Collection(SharedKernelCollection.Name)]
public sealed class CompletionTests(RunningKernel kernel)
{
    private KernelClient Client => kernel.Client;

    private ReceivedMessage Complete(string code, int cursor) =>
        Client.Reply(KernelChannel.Shell, Client.Send(KernelChannel.Shell, "complete_request", new JsonObject { ["code"] = code, ["cursor_pos"] = cursor }));

    private static List<string> Matches(ReceivedMessage reply) =>
        reply.Content["matches"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();

    [Fact]
    public void Members_after_a_dot_are_offered_and_the_typed_part_is_replaced()
    {
        var reply = Complete("Math.Sq", 7);

        Assert.Equal("complete_reply", reply.Type);
        Assert.Equal("ok", reply.Text("status"));
        Assert.Contains("Sqrt", Matches(reply));
        Assert.DoesNotContain("Abs", Matches(reply));
        Assert.Equal(5, reply.Content["cursor_start"]!.GetValue<int>());
        Assert.Equal(7, reply.Content["cursor_end"]!.GetValue<int>());
    }

    [Fact]
    public void Variables_from_earlier_cells_are_offered()
    {
        Client.Execute("var learningRateFromEarlierCell = 0.1;");

        Assert.Contains("learningRateFromEarlierCell", Matches(Complete("learningRateFrom", 16)));
    }

    [Fact]
    public void Kit_types_and_globals_are_offered()
    {
        Assert.Contains("Landscape", Matches(Complete("Downhill.Lands", 14)));
        Assert.Contains("display", Matches(Complete("disp", 4)));
    }

    [Fact]
    public void Cursor_positions_count_code_points_so_an_emoji_is_one()
    {
        // "🎢" is two UTF-16 units but one code point: the cursor after "Math.Ma" is 10 code points in.
        var code = "var s = \"🎢\"; Math.Ma";
        var cursor = code.EnumerateRunes().Count();
        var reply = Complete(code, cursor);

        Assert.Contains("Max", Matches(reply));
        Assert.Equal(cursor - 2, reply.Content["cursor_start"]!.GetValue<int>());
        Assert.Equal(cursor, reply.Content["cursor_end"]!.GetValue<int>());
    }

    [Fact]
    public void Inspect_shows_the_signature_and_doc_summary_of_the_symbol_under_the_cursor()
    {
        var reply = Client.Reply(KernelChannel.Shell, Client.Send(KernelChannel.Shell, "inspect_request",
            new JsonObject { ["code"] = "Math.Sqrt(2)", ["cursor_pos"] = 7, ["detail_level"] = 0 }));

        Assert.Equal("inspect_reply", reply.Type);
        Assert.True(reply.Content["found"]!.GetValue<bool>());
        var text = reply.Content["data"]!["text/plain"]!.GetValue<string>();
        Assert.Contains("double System.Math.Sqrt(double d)", text);
        Assert.Contains("square root", text);
    }

    [Fact]
    public void Inspect_shows_the_kit_doc_comments()
    {
        var reply = Client.Reply(KernelChannel.Shell, Client.Send(KernelChannel.Shell, "inspect_request",
            new JsonObject { ["code"] = "Downhill.Landscape.Parabola()", ["cursor_pos"] = 27, ["detail_level"] = 0 }));

        Assert.True(reply.Content["found"]!.GetValue<bool>());
        Assert.Contains("Parabola", reply.Content["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void Inspect_on_nothing_says_not_found()
    {
        var reply = Client.Reply(KernelChannel.Shell, Client.Send(KernelChannel.Shell, "inspect_request",
            new JsonObject { ["code"] = "   ", ["cursor_pos"] = 1, ["detail_level"] = 0 }));

        Assert.Equal("ok", reply.Text("status"));
        Assert.False(reply.Content["found"]!.GetValue<bool>());
    }
}
