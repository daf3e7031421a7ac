namespace Downhill.Tests.Data;

public sealed class DatasetTests
{
    [Fact]
    public void Rows_columns_and_matrix_views_agree()
    {
        var data = new Dataset([[1, 2], [3, 4], [5, 6]], [10, 20, 30], ["a", "b"], "y");

        Assert.Equal([3.0, 4.0], data.Features(1));
        Assert.Equal([2.0, 4.0, 6.0], data.Column("b"));
        Assert.Equal(6.0, data.FeatureMatrix()[2, 1]);
    }

    [Fact]
    public void A_dataset_copies_its_input_so_later_changes_do_not_leak_in()
    {
        double[][] rows = [[1], [2]];
        double[] targets = [3, 4];
        var data = new Dataset(rows, targets);

        rows[0][0] = 99;
        targets[0] = 99;

        Assert.Equal(1.0, data.Features(0)[0]);
        Assert.Equal(3.0, data.Targets[0]);
    }

    [Fact]
    public void More_targets_than_rows_is_a_dimension_mismatch()
    {
        var error = Assert.Throws<ArgumentException>(() => new Dataset([[1], [2]], [1, 2, 3]));

        Assert.Equal("There are 2 feature rows but 3 targets; each example needs exactly one target.", error.Message);
    }

    [Fact]
    public void Rows_of_different_lengths_are_a_dimension_mismatch()
    {
        var error = Assert.Throws<ArgumentException>(() => new Dataset([[1, 2], [3]], [1, 2]));

        Assert.Equal("Feature row 1 has 1 values but row 0 has 2; every row needs the same number of features.", error.Message);
    }

    [Fact]
    public void No_rows_is_empty_data()
    {
        var error = Assert.Throws<ArgumentException>(() => new Dataset([], []));

        Assert.Equal("A dataset needs at least one example; the feature rows are empty.", error.Message);
    }

    [Fact]
    public void NaN_features_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new Dataset([[1], [double.NaN]], [1, 2], ["area"]));

        Assert.Equal("Example 1, feature 'area' is NaN; every feature value must be a finite number.", error.Message);
    }

    [Fact]
    public void Class_targets_must_be_indices_of_the_named_classes()
    {
        var error = Assert.Throws<ArgumentException>(() => new Dataset([[1], [2]], [0, 2], classNames: ["no", "yes"]));

        Assert.Equal("The target of example 1 is 2, but with 2 classes a target must be a class index 0 to 1.", error.Message);
    }

    [Fact]
    public void An_unknown_feature_name_lists_the_known_ones()
    {
        var data = new Dataset([[1, 2]], [0], ["a", "b"]);

        var error = Assert.Throws<ArgumentException>(() => data.Column("c"));

        Assert.Equal("This dataset has no feature 'c'; its features are a, b.", error.Message);
    }
}
