namespace NanoNeuron.SeveralInputs;

/// <summary>The eigenvalues of a small symmetric matrix, for the curvatures of a cost.</summary>
internal static class SymmetricEigenvalues
{
    /// <summary>The cyclic Jacobi method: rotate away the off-diagonal entries until the diagonal holds the eigenvalues.</summary>
    /// <remarks>Each rotation zeroes one off-diagonal pair; sweeps repeat until the off-diagonal part is negligible (at most 100 sweeps).</remarks>
    public static double[] Jacobi(double[,] matrix)
    {
        int size = matrix.GetLength(0);
        var a = (double[,])matrix.Clone();
        for (int sweep = 0; sweep < 100; sweep++)
        {
            double off = 0, diagonal = 0;
            for (int r = 0; r < size; r++)
            {
                diagonal += a[r, r] * a[r, r];
                for (int c = r + 1; c < size; c++)
                {
                    off += a[r, c] * a[r, c];
                }
            }

            if (off <= 1e-30 * diagonal)
            {
                break;
            }

            for (int p = 0; p < size; p++)
            {
                for (int q = p + 1; q < size; q++)
                {
                    if (a[p, q] == 0)
                    {
                        continue;
                    }

                    double theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    double t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    double cos = 1 / Math.Sqrt(t * t + 1), sin = t * cos;
                    for (int k = 0; k < size; k++)
                    {
                        double akp = a[k, p], akq = a[k, q];
                        a[k, p] = cos * akp - sin * akq;
                        a[k, q] = sin * akp + cos * akq;
                    }

                    for (int k = 0; k < size; k++)
                    {
                        double apk = a[p, k], aqk = a[q, k];
                        a[p, k] = cos * apk - sin * aqk;
                        a[q, k] = sin * apk + cos * aqk;
                    }
                }
            }
        }

        return [.. Enumerable.Range(0, size).Select(r => a[r, r])];
    }
}
