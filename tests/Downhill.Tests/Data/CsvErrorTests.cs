using Downhill.Testing;

namespace Downhill.Tests.Data;

public sealed class CsvErrorTests
{
    private static readonly string[] Bedrooms = ["area", "bedrooms"];

    [Fact]
    public void A_missing_file_names_the_path_and_the_current_folder()
    {
        var path = Path.Combine(RepositoryPaths.NewTempFolder(), "no-such.csv");

        var error = Assert.Throws<FileNotFoundException>(() => Csv.Load(path, Bedrooms, "price"));

        Assert.Contains("Cannot find the data file", error.Message);
        Assert.Contains(path, error.Message);
        Assert.Contains("current folder", error.Message);
    }

    [Fact]
    public void A_ragged_row_names_its_line_and_both_field_counts()
    {
        var path = TempCsv.Write("ames.csv", "area,bedrooms,price", "1500,3,200000", "900,2", "1200,3,150000");

        var error = Assert.Throws<CsvFormatException>(() => Csv.Load(path, Bedrooms, "price"));

        Assert.Equal("ames.csv, line 3: the row has 2 fields but the header has 3.", error.Message);
    }

    [Fact]
    public void A_quoted_comma_is_explained_rather_than_misread()
    {
        var path = TempCsv.Write("ames.csv", "area,bedrooms,price", "\"1,500\",3,200000");

        var error = Assert.Throws<CsvFormatException>(() => Csv.Load(path, Bedrooms, "price"));

        Assert.Equal("ames.csv, line 2: the row has 4 fields but the header has 3 (quoted fields are not supported: every comma separates fields).", error.Message);
    }

    [Fact]
    public void A_word_where_a_number_belongs_names_file_line_column_and_value()
    {
        var rows = Enumerable.Range(0, 15).Select(i => $"{1000 + i},3,{100000 + i}");
        var path = TempCsv.Write("ames.csv", ["area,bedrooms,price", .. rows, "1400,three,180000"]);

        var error = Assert.Throws<CsvFormatException>(() => Csv.Load(path, Bedrooms, "price"));

        Assert.Equal("ames.csv, line 17, column 'bedrooms': 'three' is not a number.", error.Message);
    }

    [Fact]
    public void A_non_numeric_target_is_reported_like_a_feature()
    {
        var path = TempCsv.Write("ames.csv", "area,bedrooms,price", "1500,3,cheap");

        var error = Assert.Throws<CsvFormatException>(() => Csv.Load(path, Bedrooms, "price"));

        Assert.Equal("ames.csv, line 2, column 'price': 'cheap' is not a number.", error.Message);
    }

    [Fact]
    public void Infinity_in_the_file_is_not_accepted_as_data()
    {
        var path = TempCsv.Write("ames.csv", "area,bedrooms,price", "Infinity,3,1");

        var error = Assert.Throws<CsvFormatException>(() => Csv.Load(path, Bedrooms, "price"));

        Assert.Equal("ames.csv, line 2, column 'area': 'Infinity' is not a finite number.", error.Message);
    }

    [Fact]
    public void A_missing_value_under_the_fail_policy_names_line_and_column_and_the_way_out()
    {
        var path = TempCsv.Write("ames.csv", "area,bedrooms,price", "1500,3,200000", "900,,120000");

        var error = Assert.Throws<CsvFormatException>(() => Csv.Load(path, Bedrooms, "price", MissingValues.Fail));

        Assert.StartsWith("ames.csv, line 3, column 'bedrooms': the value is missing", error.Message);
        Assert.Contains("MissingValues.DropRows", error.Message);
    }

    [Fact]
    public void Fail_is_the_default_policy_so_nothing_is_filled_in_silently()
    {
        var path = TempCsv.Write("ames.csv", "area,bedrooms,price", "1500,3,200000", "900,,120000");

        Assert.Throws<CsvFormatException>(() => Csv.Load(path, Bedrooms, "price"));
    }

    [Fact]
    public void An_unknown_column_lists_the_known_ones()
    {
        var path = TempCsv.Write("ames.csv", "area,bedrooms,price", "1500,3,200000");

        var error = Assert.Throws<ArgumentException>(() => Csv.Load(path, ["area", "bedroms"], "price"));

        Assert.Equal("ames.csv has no column 'bedroms'; its columns are area, bedrooms, price.", error.Message);
    }

    [Fact]
    public void An_unknown_target_column_lists_the_known_ones()
    {
        var path = TempCsv.Write("ames.csv", "area,bedrooms,price", "1500,3,200000");

        var error = Assert.Throws<ArgumentException>(() => Csv.Load(path, Bedrooms, "sale_price"));

        Assert.StartsWith("ames.csv has no column 'sale_price'; its columns are area, bedrooms, price.", error.Message);
    }

    [Fact]
    public void A_file_with_only_a_header_is_empty_data()
    {
        var path = TempCsv.Write("ames.csv", "area,bedrooms,price");

        var error = Assert.Throws<CsvFormatException>(() => Csv.Load(path, Bedrooms, "price"));

        Assert.Equal("ames.csv has a header but no data rows.", error.Message);
    }

    [Fact]
    public void A_blank_file_is_empty_data()
    {
        var path = TempCsv.Write("ames.csv", "");

        var error = Assert.Throws<CsvFormatException>(() => Csv.Load(path, Bedrooms, "price"));

        Assert.Equal("ames.csv is empty: it needs a header row and at least one data row.", error.Message);
    }

    [Fact]
    public void Dropping_every_row_leaves_no_data_and_says_so()
    {
        var path = TempCsv.Write("ames.csv", "area,bedrooms,price", "1500,,200000", ",2,100000");

        var error = Assert.Throws<CsvFormatException>(() => Csv.Load(path, Bedrooms, "price", MissingValues.DropRows));

        Assert.Equal("ames.csv: every row has a missing value in the chosen columns, so no data is left.", error.Message);
    }

    [Fact]
    public void The_target_cannot_also_be_a_feature()
    {
        var path = TempCsv.Write("ames.csv", "area,bedrooms,price", "1500,3,200000");

        var error = Assert.Throws<ArgumentException>(() => Csv.Load(path, ["area", "price"], "price"));

        Assert.StartsWith("'price' is the target, so it cannot also be a feature.", error.Message);
    }

    [Fact]
    public void A_binary_problem_with_one_class_only_is_refused()
    {
        var path = TempCsv.Write("birds.csv", "species,mass", "Adelie,3700", "Gentoo,5000");

        var error = Assert.Throws<CsvFormatException>(() => Csv.LoadBinary(path, ["mass"], "species", s => s == "Emperor", "Emperor", "other"));

        Assert.Contains("class 'other'", error.Message);
        Assert.Contains("needs examples of both classes", error.Message);
    }

    [Fact]
    public void Blank_lines_carry_no_row_and_are_skipped()
    {
        var path = TempCsv.Write("ames.csv", "area,bedrooms,price", "1500,3,200000", "", "900,2,120000", "");

        var data = Csv.Load(path, Bedrooms, "price");

        Assert.Equal(2, data.Count);
        Assert.Equal([200000.0, 120000.0], data.Targets);
    }
}
