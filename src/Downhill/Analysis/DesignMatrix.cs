using MathNet.Numerics.LinearAlgebra;

namespace Downhill;

/// <summary>Turns a student's feature table into the matrix X of least squares, with or without a column of ones.</summary>
internal static class DesignMatrix
{
    public static Matrix<double> Build(double[,] features, bool intercept)
    {
        Guard.FiniteMatrix(features, "the feature matrix");
        var rows = features.GetLength(0);
        var columns = features.GetLength(1);
        var offset = intercept ? 1 : 0;
        var x = Matrix<double>.Build.Dense(rows, columns + offset);
        for (var i = 0; i < rows; i++)
        {
            if (intercept) x[i, 0] = 1;
            for (var j = 0; j < columns; j++) x[i, j + offset] = features[i, j];
        }
        return x;
    }

    public static double[,] FromRows(double[][] rows)
    {
        Guard.NotEmpty(rows, "the feature rows");
        var width = Guard.NotNull(rows[0], "feature row 0").Length;
        var matrix = new double[rows.Length, width];
        for (var i = 0; i < rows.Length; i++)
        {
            var row = Guard.NotNull(rows[i], $"feature row {i}");
            if (row.Length != width)
                throw new ArgumentException($"every feature row must have {width} value(s) like row 0; row {i} has {row.Length}.");
            for (var j = 0; j < width; j++) matrix[i, j] = row[j];
        }
        return matrix;
    }
}
