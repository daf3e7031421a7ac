using System.Text.Json.Nodes;

namespace Downhill.Jupyter.Tests.Client;

/// <summary>A message the test client received, already verified.</summary>
public sealed record ReceivedMessage(JsonObject Header, JsonObject ParentHeader, JsonObject Content)
{
    public string Type => Header["msg_type"]!.GetValue<string>();

    public string ParentId => ParentHeader["msg_id"]?.GetValue<string>() ?? "";

    public string Text(string name) => Content[name]?.GetValue<string>() ?? "";

    public override string ToString() => $"{Type} {Content.ToJsonString()}";
}
