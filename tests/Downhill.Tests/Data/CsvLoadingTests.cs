using Downhill.Testing;

namespace Downhill.Tests.Data;

public sealed class CsvLoadingTests
{
    private static readonly string[] Measurements = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"];

    private static string Penguins => Path.Combine(RepositoryPaths.Data, "penguins.csv");

    private static string Ames => Path.Combine(RepositoryPaths.Data, "ames-housing.csv");

    [Fact]
    public void Ames_loads_the_chosen_columns_in_the_chosen_order()
    {
        var data = Csv.Load(Ames, ["year_built", "gr_liv_area_sqft"], "sale_price_usd");

        Assert.Equal(2930, data.Count);
        Assert.Equal(["year_built", "gr_liv_area_sqft"], data.FeatureNames);
        // First data row: 1656,1080,31770,1960,3,1,2,North_Ames,215000
        Assert.Equal([1960.0, 1656.0], data.Features(0));
        Assert.Equal(215000.0, data.Targets[0]);
        Assert.False(data.IsClassification);
        Assert.Empty(data.DroppedLines);
    }

    [Fact]
    public void Penguins_drops_the_two_rows_without_measurements_under_the_drop_policy()
    {
        var data = Csv.LoadClasses(Penguins, Measurements, "species", MissingValues.DropRows);

        Assert.Equal(342, data.Count);
        Assert.Equal([5, 273], data.DroppedLines);
        Assert.Contains("left out 2 row(s) with missing values (line 5, 273)", data.ToString());
    }

    [Fact]
    public void Penguins_fails_at_the_first_row_without_measurements_under_the_fail_policy()
    {
        var error = Assert.Throws<CsvFormatException>(() => Csv.LoadClasses(Penguins, Measurements, "species", MissingValues.Fail));

        Assert.StartsWith("penguins.csv, line 5, column 'bill_length_mm': the value is missing", error.Message);
    }

    [Fact]
    public void Penguins_drops_the_eleven_rows_without_sex_when_sex_is_the_target()
    {
        var data = Csv.LoadClasses(Penguins, Measurements, "sex", MissingValues.DropRows);

        Assert.Equal(344 - 11, data.Count);
        Assert.Equal(11, data.DroppedLines.Count);
        Assert.Equal(["female", "male"], data.ClassNames);
    }

    [Fact]
    public void Species_become_class_indices_in_alphabetical_order()
    {
        var data = Csv.LoadClasses(Penguins, Measurements, "species", MissingValues.DropRows);

        Assert.Equal(["Adelie", "Chinstrap", "Gentoo"], data.ClassNames);
        var counts = data.Targets.GroupBy(t => t).OrderBy(g => g.Key).Select(g => g.Count()).ToArray();
        Assert.Equal([151, 68, 123], counts); // palmerpenguins: 152 Adelie and 124 Gentoo, one of each unmeasured
    }

    [Fact]
    public void A_binary_predicate_keeps_every_row()
    {
        var data = Csv.LoadBinary(Penguins, Measurements, "species", s => s == "Chinstrap", "Chinstrap", "other", MissingValues.DropRows);

        Assert.Equal(342, data.Count);
        Assert.Equal(68, data.Targets.Count(t => t == 1));
        Assert.Equal(["other", "Chinstrap"], data.ClassNames);
        Assert.Contains("Chinstrap vs other", data.Source);
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_are_read_as_plain_lines()
    {
        var path = Path.Combine(RepositoryPaths.NewTempFolder(), "windows.csv");
        File.WriteAllText(path, "x,y\r\n1,2\r\n3,4\r\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var data = Csv.Load(path, ["x"], "y");

        Assert.Equal(["x"], data.FeatureNames);
        Assert.Equal([2.0, 4.0], data.Targets);
    }

    [Fact]
    public void Relative_paths_are_read_from_the_current_folder()
    {
        // Changing the current folder would disturb tests running in parallel, so ask for the path from where we are.
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Penguins);
        Assert.False(Path.IsPathRooted(relative));

        Assert.Equal(342, Csv.LoadClasses(relative, Measurements, "species", MissingValues.DropRows).Count);
    }
}
