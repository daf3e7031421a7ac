using System.Text;
using System.Text.Json.Nodes;
using Downhill.Jupyter.Protocol;

namespace Downhill.Jupyter.Tests.Protocol;

public sealed class WireFormatTests
{
    private static JupyterMessage Message() =>
        JupyterMessage.Create("kernel_info_request", new JsonObject { ["x"] = 1 }, null, "session", identities: [Encoding.UTF8.GetBytes("client")]);

    [Fact]
    public void A_signed_message_decodes_back_with_its_identities_and_parts()
    {
        var wire = new WireFormat(new MessageSigner("secret"));

        var decoded = wire.Decode(wire.Encode(Message()), out var problem);

        Assert.Null(problem);
        Assert.NotNull(decoded);
        Assert.Equal("client", Encoding.UTF8.GetString(decoded.Identities.Single()));
        Assert.Equal("kernel_info_request", decoded.Type);
        Assert.Equal(1, decoded.Content["x"]!.GetValue<int>());
    }

    [Fact]
    public void The_signature_is_hmac_sha256_of_header_parent_metadata_and_content_in_hex()
    {
        var frames = new WireFormat(new MessageSigner("secret")).Encode(Message());
        var parts = frames.Skip(3).Take(4).ToArray();
        using var hmac = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes("secret"));

        var expected = Convert.ToHexStringLower(hmac.ComputeHash(parts.SelectMany(p => p).ToArray()));

        Assert.Equal("<IDS|MSG>", Encoding.UTF8.GetString(frames[1]));
        Assert.Equal(expected, Encoding.ASCII.GetString(frames[2]));
    }

    [Fact]
    public void A_message_signed_with_another_key_is_dropped_with_a_reason()
    {
        var frames = new WireFormat(new MessageSigner("other key")).Encode(Message());

        var decoded = new WireFormat(new MessageSigner("secret")).Decode(frames, out var problem);

        Assert.Null(decoded);
        Assert.Contains("signature", problem);
    }

    [Fact]
    public void A_tampered_content_frame_is_dropped()
    {
        var wire = new WireFormat(new MessageSigner("secret"));
        var frames = wire.Encode(Message());
        frames[6] = Encoding.UTF8.GetBytes("{\"x\":2}");

        Assert.Null(wire.Decode(frames, out _));
    }

    [Fact]
    public void With_an_empty_key_messages_are_unsigned_and_accepted()
    {
        var wire = new WireFormat(new MessageSigner(""));
        var frames = wire.Encode(Message());

        Assert.Equal("", Encoding.ASCII.GetString(frames[2]));
        Assert.NotNull(wire.Decode(frames, out _));
    }

    [Fact]
    public void Frames_without_the_delimiter_are_not_a_message()
    {
        Assert.Null(new WireFormat(new MessageSigner("k")).Decode([Encoding.UTF8.GetBytes("hello")], out var problem));
        Assert.Contains("delimiter", problem);
    }
}
