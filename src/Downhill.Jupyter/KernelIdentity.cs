using System.Reflection;

namespace Downhill.Jupyter;

/// <summary>The kernel's names, shared by the kernelspec and kernel_info.</summary>
public static class KernelIdentity
{
    public const string KernelName = "downhill";
    public const string DisplayName = "C# (Downhill)";

    /// <summary>The Jupyter messaging protocol version this kernel speaks.</summary>
    public const string ProtocolVersion = "5.3";

    public const string Implementation = "downhill";

    public const string LanguageName = "C#";

    /// <summary>The C# language version of .NET 10's Roslyn, which the executor compiles with.</summary>
    public const string LanguageVersion = "14.0";

    public const string MimeType = "text/x-csharp";
    public const string FileExtension = ".cs";
    public const string PygmentsLexer = "csharp";
    public const string CodeMirrorMode = "text/x-csharp";

    /// <summary>The build's version (from the assembly), e.g. "1.0.0".</summary>
    public static string ImplementationVersion { get; } =
        typeof(KernelIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(KernelIdentity).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    public static string Banner =>
        $"{DisplayName} {ImplementationVersion}: C# {LanguageVersion} on .NET {Environment.Version}, with the Downhill gradient descent kit loaded.";
}
