namespace Downhill.Jupyter.Hosting;

/// <summary>The kernel's message sockets (the heartbeat only echoes, so it is not one of them).</summary>
internal enum Channel
{
    Shell,
    Control,
    Stdin,
    IoPub,
}
