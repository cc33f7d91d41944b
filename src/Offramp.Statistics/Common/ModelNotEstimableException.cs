namespace Offramp.Statistics.Common;

/// <summary>
/// The data cannot support the model asked for (separation, no convergence, a covariate that is constant
/// or a combination of others, no events). The message says why in words a practitioner can act on.
/// </summary>
public sealed class ModelNotEstimableException(string message) : Exception(message);
