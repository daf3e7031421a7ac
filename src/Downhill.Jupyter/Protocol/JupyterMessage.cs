using System.Text.Json.Nodes;

namespace Downhill.Jupyter.Protocol;

/// <summary>
/// One Jupyter message: the routing identities it came with (or goes to), and its four JSON parts.
/// </summary>
internal sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities,
    JsonObject Header,
    JsonObject ParentHeader,
    JsonObject Metadata,
    JsonObject Content,
    IReadOnlyList<byte[]> Buffers)
{
    public string Type => Header["msg_type"]?.GetValue<string>() ?? "";

    public string Id => Header["msg_id"]?.GetValue<string>() ?? "";

    /// <summary>A new message answering or caused by <paramref name="parent"/>, sent back to the same identities.</summary>
    public static JupyterMessage Create(string type, JsonObject content, JupyterMessage? parent, string session, IReadOnlyList<byte[]>? identities = null) =>
        new(identities ?? parent?.Identities ?? [],
            NewHeader(type, session, parent?.Header["username"]?.GetValue<string>() ?? "kernel"),
            parent is null ? new JsonObject() : (JsonObject)parent.Header.DeepClone(),
            new JsonObject(),
            content,
            []);

    private static JsonObject NewHeader(string type, string session, string username) => new()
    {
        ["msg_id"] = Guid.NewGuid().ToString("N"),
        ["session"] = session,
        ["username"] = username,
        ["date"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ"),
        ["msg_type"] = type,
        ["version"] = KernelIdentity.ProtocolVersion,
    };

    public bool GetBool(string name, bool fallback) =>
        Content[name] is JsonValue value && value.TryGetValue<bool>(out var b) ? b : fallback;

    public string GetString(string name) =>
        Content[name] is JsonValue value && value.TryGetValue<string>(out var s) ? s : "";

    public int GetInt(string name) =>
        Content[name] is JsonValue value && value.TryGetValue<int>(out var i) ? i : 0;
}
