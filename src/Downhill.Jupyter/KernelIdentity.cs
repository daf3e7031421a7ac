namespace Downhill.Jupyter;
/// <summary>The kernel's names, shared by the kernelspec and kernel_info.</summary>
public static class KernelIdentity
{
    public const string KernelName = "downhill";
    public const string DisplayName = "C# (Downhill)";
}
