namespace Downhill.Tests.Charts;

public class ChartNumberTests
{
    [Theory]
    [InlineData(13290.4, "13,290")]
    [InlineData(111.74, "111.7")]
    [InlineData(0.0012345, "0.001234")]
    [InlineData(3.587e-7, "3.587×10⁻⁷")]
    [InlineData(-2.5e12, "-2.5×10¹²")]
    [InlineData(0.0, "0")]
    [InlineData(double.NaN, "NaN")]
    public void A_legend_number_is_written_out_or_as_a_power_of_ten_never_in_E_notation(double value, string shown) =>
        Assert.Equal(shown, ChartNumber.Show(value));

    [Fact]
    public void A_fitted_line_and_a_tiny_rate_are_labelled_without_E_notation()
    {
        var fit = FigureJson.Parse(Plots.RegressionFit([1, 2, 3], [13_402, 13_514, 13_625], 111.7, 13_290).ToJson());
        Assert.Contains(fit.GetProperty("data").EnumerateArray(), t => t.GetProperty("name").GetString() == "ŷ = 111.7·x + 13,290");
        Assert.Equal("GD α=3.6×10⁻⁷", new GradientDescent(3.6e-7).ToString());
    }
}
