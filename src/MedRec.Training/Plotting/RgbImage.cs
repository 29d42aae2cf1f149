namespace MedRec.Training.Plotting;

/// <summary>A 24-bit colour.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    public static readonly Rgb White = new(255, 255, 255);
    public static readonly Rgb Black = new(0, 0, 0);
    public static readonly Rgb Grid = new(225, 225, 225);
}

/// <summary>
/// A raster of RGB pixels (row-major, top row first) with the few primitives a chart needs: rectangles, lines of a
/// given thickness and text in <see cref="BitmapFont"/>. Drawing outside the image is clipped, never an error.
/// </summary>
public sealed class RgbImage
{
    public RgbImage(int width, int height, Rgb background)
    {
        if (width <= 0 || height <= 0) throw new ArgumentOutOfRangeException(nameof(width), "image must have pixels");
        Width = width;
        Height = height;
        Pixels = new byte[width * height * 3];
        FillRect(0, 0, width, height, background);
    }

    public int Width { get; }
    public int Height { get; }
    public byte[] Pixels { get; }

    public Rgb this[int x, int y]
    {
        get
        {
            var i = (y * Width + x) * 3;
            return new Rgb(Pixels[i], Pixels[i + 1], Pixels[i + 2]);
        }
    }

    public void Set(int x, int y, Rgb c)
    {
        if (x < 0 || y < 0 || x >= Width || y >= Height) return;
        var i = (y * Width + x) * 3;
        Pixels[i] = c.R;
        Pixels[i + 1] = c.G;
        Pixels[i + 2] = c.B;
    }

    public void FillRect(int x, int y, int w, int h, Rgb c)
    {
        for (var yy = Math.Max(0, y); yy < Math.Min(Height, y + h); yy++)
            for (var xx = Math.Max(0, x); xx < Math.Min(Width, x + w); xx++) Set(xx, yy, c);
    }

    /// <summary>Bresenham line from (x0, y0) to (x1, y1), <paramref name="thickness"/> pixels wide.</summary>
    public void DrawLine(int x0, int y0, int x1, int y1, Rgb c, int thickness = 1)
    {
        int dx = Math.Abs(x1 - x0), dy = -Math.Abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1;
        var err = dx + dy;
        var half = (thickness - 1) / 2;
        while (true)
        {
            FillRect(x0 - half, y0 - half, thickness, thickness, c);
            if (x0 == x1 && y0 == y1) return;
            var e2 = 2 * err;
            if (e2 >= dy) { err += dy; x0 += sx; }
            if (e2 <= dx) { err += dx; y0 += sy; }
        }
    }

    /// <summary>Text with its top-left corner at (x, y), each font pixel drawn as a <paramref name="scale"/>² block.</summary>
    public void DrawText(int x, int y, string text, Rgb c, int scale = 1)
    {
        for (var i = 0; i < text.Length; i++)
            DrawGlyph(text[i], c, scale, (col, row) => (x + (i * BitmapFont.Advance + col) * scale, y + row * scale));
    }

    /// <summary>Text drawn bottom-to-top (for a y-axis title), its first character at the bottom, starting at (x, y).</summary>
    public void DrawTextUpwards(int x, int y, string text, Rgb c, int scale = 1)
    {
        for (var i = 0; i < text.Length; i++)
            DrawGlyph(text[i], c, scale, (col, row) => (x + row * scale, y - (i * BitmapFont.Advance + col + 1) * scale));
    }

    /// <summary>Ink of one glyph; <paramref name="place"/> maps a glyph cell (column, row) to the block's top-left pixel.</summary>
    private void DrawGlyph(char ch, Rgb c, int scale, Func<int, int, (int X, int Y)> place)
    {
        var rows = BitmapFont.Glyph(ch);
        for (var r = 0; r < BitmapFont.Height; r++)
            for (var col = 0; col < BitmapFont.Width; col++)
                if (rows[r][col] == '#')
                {
                    var (px, py) = place(col, r);
                    FillRect(px, py, scale, scale, c);
                }
    }

    public static int TextWidth(string text, int scale = 1) => text.Length * BitmapFont.Advance * scale;
}
