using System.IO.Compression;

namespace Downhill.Jupyter.Install;

/// <summary>
/// The kernel's logo, drawn in code so no binary sits in the repository: a blue hillside falling
/// to the right with an orange ball rolling down it, on a transparent background, as a PNG.
/// </summary>
public static class KernelLogo
{
    private static readonly (byte R, byte G, byte B) Hill = (0x1f, 0x4e, 0x79);
    private static readonly (byte R, byte G, byte B) Ball = (0xf2, 0x8e, 0x2b);

    /// <summary>A square PNG of <paramref name="size"/> pixels (Jupyter wants 32 and 64).</summary>
    public static byte[] Png(int size)
    {
        if (size is < 8 or > 1024) throw new ArgumentOutOfRangeException(nameof(size), size, "The logo size must be between 8 and 1024 pixels.");
        var rgba = new byte[size * size * 4];
        const int samples = 4; // 4×4 supersampling keeps the curve's edge smooth at 32 pixels
        for (var y = 0; y < size; y++)
        for (var x = 0; x < size; x++)
        {
            int hill = 0, ball = 0;
            for (var sy = 0; sy < samples; sy++)
            for (var sx = 0; sx < samples; sx++)
            {
                var u = (x + (sx + 0.5) / samples) / size;
                var v = (y + (sy + 0.5) / samples) / size;
                if (InBall(u, v)) ball++;
                else if (v >= Ground(u)) hill++;
            }
            var total = samples * samples;
            var (r, g, b) = ball >= hill ? Ball : Hill;
            var i = (y * size + x) * 4;
            rgba[i] = r;
            rgba[i + 1] = g;
            rgba[i + 2] = b;
            rgba[i + 3] = (byte)(255 * (hill + ball) / total);
        }
        return Encode(size, rgba);
    }

    /// <summary>Height of the hillside (0 top, 1 bottom) at horizontal position u: a smooth descent.</summary>
    private static double Ground(double u) => 0.35 + 0.5 * (1 - Math.Cos(Math.PI * u)) / 2;

    private static bool InBall(double u, double v)
    {
        const double cu = 0.38, radius = 0.14;
        var slope = Math.PI * 0.5 / 2 * Math.Sin(Math.PI * cu);
        var normal = Math.Sqrt(1 + slope * slope);
        // Centre sits one radius above the surface, along the surface's normal.
        var centreU = cu + radius * slope / normal;
        var centreV = Ground(cu) - radius / normal;
        return (u - centreU) * (u - centreU) + (v - centreV) * (v - centreV) <= radius * radius;
    }

    private static byte[] Encode(int size, byte[] rgba)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        WriteBigEndian(header, 0, (uint)size);
        WriteBigEndian(header, 4, (uint)size);
        header[8] = 8; // bits per channel
        header[9] = 6; // RGBA
        Chunk(png, "IHDR", header);
        using (var raw = new MemoryStream())
        {
            using (var zlib = new ZLibStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
                for (var y = 0; y < size; y++)
                {
                    zlib.WriteByte(0); // no filter
                    zlib.Write(rgba, y * size * 4, size * 4);
                }
            Chunk(png, "IDAT", raw.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        WriteBigEndian(length, 0, (uint)data.Length);
        png.Write(length);
        var typeAndData = new byte[4 + data.Length];
        for (var i = 0; i < 4; i++) typeAndData[i] = (byte)type[i];
        data.CopyTo(typeAndData, 4);
        png.Write(typeAndData);
        var crc = new byte[4];
        WriteBigEndian(crc, 0, Crc32(typeAndData));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    private static void WriteBigEndian(byte[] buffer, int offset, uint value)
    {
        buffer[offset] = (byte)(value >> 24);
        buffer[offset + 1] = (byte)(value >> 16);
        buffer[offset + 2] = (byte)(value >> 8);
        buffer[offset + 3] = (byte)value;
    }
}
