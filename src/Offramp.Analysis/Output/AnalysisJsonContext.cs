using System.Text.Json.Serialization;

using Offramp.Analysis.Change;
using Offramp.Analysis.Compare;
using Offramp.Analysis.Cox;
using Offramp.Analysis.Meta;
using Offramp.Analysis.Weighted;

namespace Offramp.Analysis.Output;

/// <summary>
/// Serialisation code for the reports, generated at build time. Without it System.Text.Json inspects every report
/// type by reflection on first use: about a third of a second of a whole `analyze` run on a million rows. Survival and
/// competing risks write their JSON field by field instead (<see cref="JsonFields"/>), which skips even this.
/// </summary>
[JsonSerializable(typeof(CoxReport))]
[JsonSerializable(typeof(WeightedReport))]
[JsonSerializable(typeof(ChangeReport))]
[JsonSerializable(typeof(CompareReport))]
[JsonSerializable(typeof(MetaReport))]
internal sealed partial class AnalysisJsonContext : JsonSerializerContext;
