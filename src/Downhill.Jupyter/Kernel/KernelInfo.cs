using System.Text.Json.Nodes;

namespace Downhill.Jupyter.Kernel;

/// <summary>The kernel_info_reply content: who we are and what language we speak.</summary>
internal static class KernelInfo
{
    public static JsonObject Reply() => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = KernelIdentity.ProtocolVersion,
        ["implementation"] = KernelIdentity.Implementation,
        ["implementation_version"] = KernelIdentity.ImplementationVersion,
        ["language_info"] = new JsonObject
        {
            ["name"] = KernelIdentity.LanguageName,
            ["version"] = KernelIdentity.LanguageVersion,
            ["mimetype"] = KernelIdentity.MimeType,
            ["file_extension"] = KernelIdentity.FileExtension,
            ["pygments_lexer"] = KernelIdentity.PygmentsLexer,
            ["codemirror_mode"] = KernelIdentity.CodeMirrorMode,
        },
        ["banner"] = KernelIdentity.Banner,
        ["debugger"] = false,
        ["help_links"] = new JsonArray
        {
            new JsonObject { ["text"] = "C# language reference", ["url"] = "https://learn.microsoft.com/dotnet/csharp/" },
            new JsonObject { ["text"] = ".NET API browser", ["url"] = "https://learn.microsoft.com/dotnet/api/" },
            new JsonObject { ["text"] = "Plotly.NET", ["url"] = "https://plotly.net/" },
        },
    };
}
