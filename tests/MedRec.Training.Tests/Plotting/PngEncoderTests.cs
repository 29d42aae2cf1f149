using System.Text;
using MedRec.Training.Plotting;

namespace MedRec.Training.Tests.Plotting;

public sealed class PngEncoderTests
{
    [Fact]
    public void Crc32_matches_the_standard_check_value()
    {
        Assert.Equal(0xCBF43926u, Crc32.Of(Encoding.ASCII.GetBytes("123456789")));
        Assert.Equal(Crc32.Of(Encoding.ASCII.GetBytes("1234"), Encoding.ASCII.GetBytes("56789")), Crc32.Of(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void Encoded_pixels_read_back_exactly()
    {
        var image = new RgbImage(37, 11, Rgb.White);
        var rng = new Random(4);
        rng.NextBytes(image.Pixels);
        var (w, h, rgb) = PngReader.Read(PngEncoder.Encode(image));
        Assert.Equal((37, 11), (w, h));
        Assert.Equal(image.Pixels, rgb);
    }

    [Fact]
    public void Drawing_is_clipped_to_the_image()
    {
        var image = new RgbImage(10, 10, Rgb.White);
        image.DrawLine(-20, 5, 30, 5, Rgb.Black, 3);
        image.DrawText(8, 8, "loss", Rgb.Black, 2);
        Assert.Equal(Rgb.Black, image[0, 5]);
        Assert.Equal(Rgb.Black, image[9, 4]);
        Assert.Equal(Rgb.White, image[0, 2]);
    }
}
