using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Downhill.Jupyter.Protocol;

/// <summary>
/// Jupyter's multipart layout: identities, "&lt;IDS|MSG&gt;", signature, header, parent header,
/// metadata, content, then any binary buffers.
/// </summary>
internal sealed class WireFormat(MessageSigner signer)
{
    public static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    public List<byte[]> Encode(JupyterMessage message)
    {
        byte[][] parts =
        [
            Json(message.Header), Json(message.ParentHeader), Json(message.Metadata), Json(message.Content),
        ];
        var frames = new List<byte[]>(message.Identities);
        frames.Add(Delimiter);
        frames.Add(Encoding.ASCII.GetBytes(signer.Sign(parts)));
        frames.AddRange(parts);
        frames.AddRange(message.Buffers);
        return frames;
    }

    /// <summary>Decodes and verifies; returns null with a reason when the message must be dropped.</summary>
    public JupyterMessage? Decode(IReadOnlyList<byte[]> frames, out string? problem)
    {
        var delimiter = -1;
        for (var i = 0; i < frames.Count; i++)
            if (frames[i].AsSpan().SequenceEqual(Delimiter)) { delimiter = i; break; }
        if (delimiter < 0 || frames.Count < delimiter + 6)
        {
            problem = "it is not a Jupyter message (no <IDS|MSG> delimiter followed by five frames)";
            return null;
        }
        var parts = new[] { frames[delimiter + 2], frames[delimiter + 3], frames[delimiter + 4], frames[delimiter + 5] };
        if (!signer.Verify(Encoding.ASCII.GetString(frames[delimiter + 1]), parts))
        {
            problem = "its signature does not match the connection file's key";
            return null;
        }
        try
        {
            problem = null;
            return new JupyterMessage(
                frames.Take(delimiter).ToArray(),
                ParseObject(parts[0]), ParseObject(parts[1]), ParseObject(parts[2]), ParseObject(parts[3]),
                frames.Skip(delimiter + 6).ToArray());
        }
        catch (JsonException e)
        {
            problem = "its JSON does not parse: " + e.Message;
            return null;
        }
    }

    private static byte[] Json(JsonObject node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    private static JsonObject ParseObject(byte[] bytes) =>
        bytes.Length == 0 ? new JsonObject() : JsonNode.Parse(bytes) as JsonObject ?? new JsonObject();
}
