namespace Downhill.Jupyter.Hosting;

/// <summary>Console.In for the kernel process: each line comes from the front-end through <see cref="InputBroker"/>.</summary>
internal sealed class KernelStdin(InputBroker broker) : TextReader
{
    private string _buffer = "";
    private int _position;

    public override string? ReadLine()
    {
        if (_position < _buffer.Length)
        {
            var rest = _buffer[_position..].TrimEnd('\n');
            _buffer = "";
            _position = 0;
            return rest;
        }
        return broker.ReadLine();
    }

    public override int Peek()
    {
        Fill();
        return _buffer[_position];
    }

    public override int Read()
    {
        Fill();
        return _buffer[_position++];
    }

    private void Fill()
    {
        if (_position < _buffer.Length) return;
        _buffer = broker.ReadLine() + "\n";
        _position = 0;
    }
}
