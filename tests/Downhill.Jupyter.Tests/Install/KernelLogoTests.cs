using System.IO.Compression;
using Downhill.Jupyter.Install;

namespace Downhill.Jupyter.Tests.Install;

public sealed class KernelLogoTests
{
    [Theory]
    [InlineData(32)]
    [InlineData(64)]
    public void The_logo_is_a_square_RGBA_png_of_the_asked_size(int size)
    {
        var png = KernelLogo.Png(size);

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(size, BigEndian(png, 16));
        Assert.Equal(size, BigEndian(png, 20));
        Assert.Equal(6, png[25]); // colour type RGBA
    }

    [Fact]
    public void The_logo_shows_a_hill_and_a_ball_on_a_transparent_sky()
    {
        var pixels = Decode(KernelLogo.Png(32), 32);

        Assert.Equal(0, pixels[0, 0].A);                       // top-left: sky
        Assert.Equal((0x1f, 0x4e, 0x79, 255), pixels[31, 31]); // bottom-right: hillside
        Assert.Contains(Enumerable.Range(0, 32).SelectMany(y => Enumerable.Range(0, 32).Select(x => pixels[y, x])),
            p => p == (0xf2, 0x8e, 0x2b, 255));                // somewhere: the orange ball
    }

    [Fact]
    public void A_nonsense_size_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KernelLogo.Png(0));
    }

    private static int BigEndian(byte[] bytes, int offset) =>
        bytes[offset] << 24 | bytes[offset + 1] << 16 | bytes[offset + 2] << 8 | bytes[offset + 3];

    private static (int R, int G, int B, int A)[,] Decode(byte[] png, int size)
    {
        using var compressed = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BigEndian(png, offset);
            if (System.Text.Encoding.ASCII.GetString(png, offset + 4, 4) == "IDAT") compressed.Write(png, offset + 8, length);
            offset += 12 + length;
        }
        compressed.Position = 0;
        using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var bytes = raw.ToArray();
        var pixels = new (int, int, int, int)[size, size];
        for (var y = 0; y < size; y++)
        for (var x = 0; x < size; x++)
        {
            var i = y * (size * 4 + 1) + 1 + x * 4;
            pixels[y, x] = (bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]);
        }
        return pixels;
    }
}
