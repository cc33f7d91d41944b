namespace Offramp.Statistics.Disclosure;

/// <summary>A published or publishable cell as the secondary suppression sees it.</summary>
/// <param name="Atoms">The cell's atoms, ascending.</param>
/// <param name="IsNew">True for a cell of the new bundle (it may be withheld); false for one an earlier release published.</param>
/// <param name="Count">The true count, the cost of withholding the cell.</param>
/// <param name="Key">The cell's key, the deterministic tie-break.</param>
internal sealed record CandidateRow(int[] Atoms, bool IsNew, long Count, string Key);
