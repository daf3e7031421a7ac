using MathNet.Numerics.LinearAlgebra;

namespace Downhill;

/// <summary>Turns a student's feature rows into the matrix X of least squares, with or without a column of ones.</summary>
internal static class DesignMatrix
{
    public static Matrix<double> Build(double[][] rows, bool intercept)
    {
        Guard.NotEmpty(rows, "the feature rows");
        var width = Guard.FiniteVector(rows[0], "feature row 0").Length;
        var offset = intercept ? 1 : 0;
        var x = Matrix<double>.Build.Dense(rows.Length, width + offset);
        for (var i = 0; i < rows.Length; i++)
        {
            var row = Guard.FiniteVector(rows[i], $"feature row {i}");
            if (row.Length != width)
                throw new ArgumentException($"every feature row must have {width} value(s) like row 0; row {i} has {row.Length}.");
            if (intercept) x[i, 0] = 1;
            for (var j = 0; j < width; j++) x[i, j + offset] = row[j];
        }
        return x;
    }

    /// <summary>The same from a table (rows = examples), e.g. <c>data.FeatureMatrix().ToArray()</c>.</summary>
    public static Matrix<double> Build(double[,] features, bool intercept) =>
        Build(Matrix<double>.Build.DenseOfArray(Guard.NotNull(features, "the feature matrix")).ToRowArrays(), intercept);
}
