namespace Offramp.Statistics.Disclosure;

/// <summary>
/// The row space, modulo a prime, of the cells currently published, each cell being the 0/1 indicator vector of its
/// atoms. A protected cell's count can be recomputed exactly from published counts if and only if its indicator lies in
/// this space. The space is kept incrementally as cells are withheld one at a time, which is what makes secondary
/// suppression fast: nothing is eliminated again from scratch.
/// </summary>
/// <remarks>
/// <para>
/// Three structures are kept. An echelon form of the space (row k is zero at the pivots of rows before it, and 1 at its
/// own pivot), built by inserting cells smallest first so year-local cells stay sparse. For each echelon row, its
/// coefficients over a basis of published cells (a subset of the rows). For each published cell outside the basis, its
/// coefficients over the basis: its fundamental circuit in matroid terms.
/// </para>
/// <para>
/// From these, for a disclosed vector v = Σ λ_b b over the basis: withholding a basis cell b stops the disclosure if and
/// only if λ_b ≠ 0 and no other published cell depends on b (b is a coloop: no dependent cell's coefficients mention it).
/// Withholding a coloop shrinks the space by one dimension; withholding any other cell leaves the space as it is but
/// changes which cells are coloops.
/// </para>
/// <para>
/// A withheld coloop c is not eliminated from the echelon rows: it stays a silent basis member. Every vector of the
/// shrunken space has coefficient 0 on it (that coefficient is v·x for the dual vector x with b·x = 0 for every other
/// basis cell and c·x = 1, orthogonal to everything still published), and exchanges never touch that coefficient because
/// no dependent cell's circuit mentions a coloop. So membership is: reduces to zero, and no withheld coloop in the
/// coefficients; and the random null vector grows by a random multiple of x. Withholding costs no elimination at all.
/// </para>
/// </remarks>
internal sealed class PublishedRowSpace<TField>
    where TField : struct, IPrimeField
{
    private readonly IReadOnlyList<int[]> rows;
    private readonly RowState[] state;
    private readonly List<EchelonRow> echelon = [];
    private readonly bool[] isPivot;
    private readonly SparseVector?[] dependency;
    private readonly HashSet<int>[] dependents;
    private readonly DenseAccumulator<TField> atomScratch;
    private readonly DenseAccumulator<TField> rowScratch;
    private int withheldDimensions;

    /// <param name="atomCount">The number of atoms (columns).</param>
    /// <param name="rows">Each row's atoms, by row id; rows enter the space only through <see cref="Insert"/>.</param>
    public PublishedRowSpace(int atomCount, IReadOnlyList<int[]> rows)
    {
        AtomCount = atomCount;
        this.rows = rows;
        state = new RowState[rows.Count];
        isPivot = new bool[atomCount];
        dependency = new SparseVector?[rows.Count];
        dependents = new HashSet<int>[rows.Count];
        atomScratch = new DenseAccumulator<TField>(atomCount);
        rowScratch = new DenseAccumulator<TField>(rows.Count);
    }

    private enum RowState
    {
        Absent,
        Basis,
        Dependent,
        Withheld,
    }

    public int AtomCount { get; }

    /// <summary>The dimension of the space.</summary>
    public int Rank => echelon.Count - withheldDimensions;

    /// <summary>Publishes a row: it joins the basis if it adds a dimension, otherwise it records its dependency.</summary>
    public void Insert(int row)
    {
        if (state[row] is not (RowState.Absent or RowState.Withheld))
        {
            throw new InvalidOperationException("A row is published once at a time.");
        }

        Reduce(rows[row]);
        var pivot = atomScratch.FirstNonZero();
        if (pivot < 0)
        {
            atomScratch.Clear();
            var circuit = rowScratch.Drain();
            dependency[row] = circuit;
            state[row] = RowState.Dependent;
            foreach (var basisRow in circuit.Indices)
            {
                dependents[basisRow].Add(row);
            }

            return;
        }

        // row = Σ f_j E_j + residual, so the new echelon row residual / pivot = (row − Σ f_j E_j) / pivot.
        var inverse = Field<TField>.Inverse(atomScratch[pivot]);
        var entries = atomScratch.Drain(inverse);
        var coefficients = SparseVector.Unit(row).AddScaled<TField>(Field<TField>.Negate(1), rowScratch.Drain()).Scale<TField>(inverse);
        echelon.Add(new EchelonRow(pivot, entries, coefficients));
        isPivot[pivot] = true;
        state[row] = RowState.Basis;
        dependents[row] = [];
    }

    /// <summary>Whether a published row is a coloop: in the basis, and needed by no other published row.</summary>
    public bool IsColoop(int row) => state[row] == RowState.Basis && dependents[row].Count == 0;

    /// <summary>Whether a row is currently published.</summary>
    public bool IsPublished(int row) => state[row] is RowState.Basis or RowState.Dependent;

    /// <summary>
    /// A uniformly random vector z orthogonal to every published row (free coordinates drawn at random, pivots solved).
    /// A vector in the space has v·z = 0 always; one outside it has v·z = 0 with probability 1/p. So v·z ≠ 0 proves v is
    /// not derivable, and v·z = 0 is confirmed by <see cref="TryExpress"/> before anything is withheld. Draw it before
    /// withholding coloops, then keep it with <see cref="ExtendNullVector"/>: drawn later it would still be orthogonal to
    /// the space, but not to the withheld coloops, so it would filter less.
    /// </summary>
    public ulong[] RandomNullVector(ref ulong seed)
    {
        var z = new ulong[AtomCount];
        for (var atom = 0; atom < AtomCount; atom++)
        {
            if (!isPivot[atom])
            {
                z[atom] = NextElement(ref seed);
            }
        }

        // Row k mentions only its own pivot, free atoms and the pivots of later rows: solve from the last row back.
        for (var k = echelon.Count - 1; k >= 0; k--)
        {
            var row = echelon[k];
            var sum = 0UL;
            for (var e = 0; e < row.Entries.Count; e++)
            {
                var atom = row.Entries.Indices[e];
                if (atom != row.Pivot)
                {
                    sum = Field<TField>.Add(sum, TField.Multiply(row.Entries.Values[e], z[atom]));
                }
            }

            z[row.Pivot] = Field<TField>.Negate(sum);
        }

        return z;
    }

    /// <summary>
    /// Each echelon row's pivot and atoms. A row is zero at every atom before its pivot (the pivot is the first non-zero
    /// entry when the row joined, and rows are never changed afterwards). Withheld coloops' rows are still among them.
    /// </summary>
    public IEnumerable<(int Pivot, SparseVector Entries)> EchelonRows() => echelon.Select(row => (row.Pivot, row.Entries));

    /// <summary>
    /// Adds a random multiple of a withheld coloop's dual vector x (b·x = 0 for every other basis row, row·x = 1) to a
    /// null vector, so that it stays uniformly random among the vectors orthogonal to what is still published.
    /// </summary>
    public void ExtendNullVector(ulong[] z, int withheldColoop, ref ulong seed)
    {
        // E x = T e_c: echelon row k = Σ_b T_kb b, so E x = T (B x) = T e_c. Free atoms 0, pivots solved from the last row.
        var x = new ulong[AtomCount];
        for (var k = echelon.Count - 1; k >= 0; k--)
        {
            var row = echelon[k];
            var sum = row.Coefficients[withheldColoop];
            for (var e = 0; e < row.Entries.Count; e++)
            {
                var atom = row.Entries.Indices[e];
                if (atom != row.Pivot && x[atom] != 0)
                {
                    sum = Field<TField>.Subtract(sum, TField.Multiply(row.Entries.Values[e], x[atom]));
                }
            }

            x[row.Pivot] = sum;
        }

        var alpha = NextElement(ref seed);
        for (var atom = 0; atom < AtomCount; atom++)
        {
            z[atom] = Field<TField>.Add(z[atom], TField.Multiply(alpha, x[atom]));
        }
    }

    /// <summary>Σ z over a set of atoms.</summary>
    public static ulong Dot(ulong[] z, IReadOnlyList<int> atoms)
    {
        var sum = 0UL;
        foreach (var atom in atoms)
        {
            sum = Field<TField>.Add(sum, z[atom]);
        }

        return sum;
    }

    /// <summary>
    /// Whether the indicator of <paramref name="atoms"/> is in the space, exactly (modulo the prime); if so, its
    /// coefficients over the basis rows.
    /// </summary>
    public bool TryExpress(IReadOnlyList<int> atoms, out SparseVector coefficients)
    {
        Reduce(atoms);
        var inEchelonSpan = atomScratch.FirstNonZero() < 0;
        atomScratch.Clear();
        coefficients = rowScratch.Drain();
        if (!inEchelonSpan || coefficients.Indices.Any(row => state[row] == RowState.Withheld))
        {
            coefficients = SparseVector.Empty;
            return false;
        }

        return true;
    }

    /// <summary>
    /// Withholds a published row. A coloop takes its dimension with it; a basis row that others depend on is exchanged
    /// for one of its dependents first (the space is unchanged); a dependent row just leaves.
    /// </summary>
    public void Withhold(int row)
    {
        switch (state[row])
        {
            case RowState.Dependent:
                foreach (var basisRow in dependency[row]!.Indices)
                {
                    dependents[basisRow].Remove(row);
                }

                dependency[row] = null;
                break;
            case RowState.Basis when dependents[row].Count == 0:
                // Stays in the echelon rows as a silent basis member (see the remarks).
                withheldDimensions++;
                break;
            case RowState.Basis:
                // The dependent with the shortest circuit keeps the coefficient vectors short.
                Exchange(row, dependents[row].MinBy(dependent => (dependency[dependent]!.Count, dependent)));
                break;
            default:
                throw new InvalidOperationException("Only a published row can be withheld.");
        }

        state[row] = RowState.Withheld;
    }

    /// <summary>
    /// The published rows nearest to a vector with the given basis coefficients among those lying on a common circuit
    /// with it (its matroid component: the only rows whose withholding can ever help hide it). The search walks the graph
    /// joining each dependent row to the basis rows of its fundamental circuit outwards from the vector's own circuit,
    /// and stops after the first ring of dependent rows at which some row satisfies <paramref name="wanted"/>, so that
    /// the cell withheld is one entangled with the disclosure rather than anywhere in a large component.
    /// </summary>
    public IReadOnlyList<int> NearestOnCircuits(SparseVector coefficients, Func<int, bool> wanted)
    {
        var found = new List<int>();
        var visited = new HashSet<int>(coefficients.Indices);
        var basisRing = coefficients.Indices.ToList();
        var any = false;
        while (basisRing.Count > 0)
        {
            var dependentRing = new List<int>();
            foreach (var basisRow in basisRing)
            {
                found.Add(basisRow);
                any |= wanted(basisRow);
                foreach (var dependent in dependents[basisRow])
                {
                    if (visited.Add(dependent))
                    {
                        dependentRing.Add(dependent);
                    }
                }
            }

            found.AddRange(dependentRing);
            any |= dependentRing.Any(wanted);
            if (any)
            {
                break;
            }

            basisRing = [.. dependentRing.SelectMany(dependent => dependency[dependent]!.Indices).Where(visited.Add)];
        }

        return found;
    }

    /// <summary>
    /// Reduces an indicator vector against the echelon rows in order, leaving the residual in the atom scratch and
    /// Σ f_j (coefficients of echelon row j) in the row scratch, where f_j are the multiples subtracted.
    /// </summary>
    private void Reduce(IReadOnlyList<int> atoms)
    {
        foreach (var atom in atoms)
        {
            atomScratch.Add(atom, 1);
        }

        foreach (var row in echelon)
        {
            var factor = atomScratch[row.Pivot];
            if (factor == 0)
            {
                continue;
            }

            atomScratch.AddScaled(Field<TField>.Negate(factor), row.Entries);
            rowScratch.AddScaled(factor, row.Coefficients);
        }
    }

    /// <summary>
    /// Takes <paramref name="row"/> out of the basis and puts <paramref name="replacement"/> (a dependent row whose circuit
    /// mentions it) in its place: row = (replacement − Σ_{b≠row} μ_b b) / μ_row, substituted wherever row appears.
    /// </summary>
    private void Exchange(int row, int replacement)
    {
        var circuit = dependency[replacement]!;
        var inverse = Field<TField>.Inverse(circuit[row]);

        var substitution = circuit.AddScaled<TField>(Field<TField>.Negate(1), SparseVector.Unit(replacement));

        // α − (α_row / μ_row)(μ − e_replacement): zero at row, and the replacement takes its share.
        SparseVector Substitute(SparseVector coefficients) =>
            coefficients.AddScaled<TField>(Field<TField>.Negate(TField.Multiply(coefficients[row], inverse)), substitution);

        foreach (var echelonRow in echelon)
        {
            if (echelonRow.Coefficients[row] != 0)
            {
                echelonRow.Coefficients = Substitute(echelonRow.Coefficients);
            }
        }

        foreach (var basisRow in circuit.Indices)
        {
            dependents[basisRow].Remove(replacement);
        }

        dependency[replacement] = null;
        state[replacement] = RowState.Basis;
        dependents[replacement] = [];
        foreach (var dependent in dependents[row].ToArray())
        {
            var old = dependency[dependent]!;
            var updated = Substitute(old);
            UpdateDependents(dependent, old, updated);
            dependency[dependent] = updated;
        }

        dependents[row].Clear();
    }

    /// <summary>Moves a dependent row between the basis rows' dependent sets where its circuit gained or lost them.</summary>
    private void UpdateDependents(int dependent, SparseVector old, SparseVector updated)
    {
        int i = 0, j = 0;
        while (i < old.Count || j < updated.Count)
        {
            if (j >= updated.Count || (i < old.Count && old.Indices[i] < updated.Indices[j]))
            {
                dependents[old.Indices[i++]].Remove(dependent);
            }
            else if (i >= old.Count || updated.Indices[j] < old.Indices[i])
            {
                dependents[updated.Indices[j++]].Add(dependent);
            }
            else
            {
                i++;
                j++;
            }
        }
    }

    /// <summary>SplitMix64, reduced modulo the prime: deterministic, so the same problem always gets the same decision.</summary>
    private static ulong NextElement(ref ulong seed)
    {
        seed += 0x9E3779B97F4A7C15UL;
        var z = seed;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (z ^ (z >> 31)) % TField.Modulus;
    }

    /// <summary>An echelon row: its entries over atoms (1 at the pivot) and its coefficients over basis rows.</summary>
    private sealed class EchelonRow(int pivot, SparseVector entries, SparseVector coefficients)
    {
        public int Pivot { get; } = pivot;

        public SparseVector Entries { get; } = entries;

        public SparseVector Coefficients { get; set; } = coefficients;
    }
}
