namespace Downhill.Jupyter.Tests.Client;

/// <summary>A kernel process and a connected client, ready (kernel_info answered, iopub joined).</summary>
public sealed class RunningKernel : IDisposable
{
    public RunningKernel()
    {
        Process = KernelProcess.Start();
        Client = new KernelClient(Process.Connection);
        try
        {
            Client.WaitUntilReady(() => Process.HasExited);
        }
        catch (TimeoutException e)
        {
            var stderr = Process.StandardError;
            Dispose();
            throw new TimeoutException($"{e.Message} Kernel stderr:\n{stderr}", e);
        }
    }

    public KernelProcess Process { get; }

    public KernelClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        Process.Dispose();
    }
}

/// <summary>One kernel shared by the protocol tests that leave it running; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SharedKernelCollection : ICollectionFixture<RunningKernel>
{
    public const string Name = "shared kernel";
}
