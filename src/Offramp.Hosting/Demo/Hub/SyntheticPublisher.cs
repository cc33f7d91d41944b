using NSec.Cryptography;

using Offramp.Core.CodedProfiles;
using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evidence.Building;
using Offramp.Core.Evidence.Bundles;
using Offramp.Core.Evidence.Publishing;
using Offramp.Core.Evidence.Signing;
using Offramp.Statistics.Disclosure;

namespace Offramp.Hosting.Demo.Hub;

/// <summary>
/// A synthetic organisation publishing to the demo hub: its programs' bundles are composed from in-memory data through
/// the same disclosure control as a real program's (each release protected against the earlier ones), and signed with
/// its own Ed25519 key, which lives only as long as this object.
/// </summary>
public sealed class SyntheticPublisher(string organisation) : IDisposable
{
    private const string Design = "Completers compared with early leavers within the program (not randomised)";

    /// <summary>The coded field everything-so-far bundles break down by, from the open Offramp codebook.</summary>
    public const string ExitStatus = "exit-status-at-entry";

    private static readonly CodebookDefinition Codebook = CodebookParser.Parse(ShippedCodebooks.Read(ShippedCodebooks.CodedProfile));

    private readonly Key key = Key.Create(SignatureAlgorithm.Ed25519);

    public string Organisation { get; } = organisation;

    public byte[] PublicKey => key.PublicKey.Export(KeyBlobFormat.RawPublicKey);

    /// <summary>The signed files of <paramref name="program"/>, one per period code ("2024", "all"), released in that order.</summary>
    public List<byte[]> Publish(SyntheticProgram program, int seed, DateOnly today, IEnumerable<string> periods)
    {
        var data = SyntheticEvaluationData.Generate(program, seed, today);
        var programId = new Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{Organisation}/{program.Name}"))[..16]);
        var metrics = DemoEvaluation.Framework(Guid.Empty, programId, program.Kind, DateTimeOffset.UnixEpoch, withAssessment: false);
        var profile = new EvidenceProgramProfile(programId, program.Name, EvidenceBundleComposer.Code(program.Kind),
            [.. Enum.GetValues<Core.Organisations.ProgramAims>().Where(a => a != 0 && program.Aims.HasFlag(a)).Select(EvidenceBundleComposer.Code)],
            program.Country, program.Region, null, [.. program.Movements.Order().Select(EvidenceBundleComposer.Code)], null, Design, null);
        var earlier = new List<EvidenceBundle>();
        var files = new List<byte[]>();
        foreach (var code in periods)
        {
            var period = EvidencePeriod.Parse(code, today);
            var (everyone, cohort) = EvidenceFigures.Cohorts(data, period);
            var field = Codebook.Field(ExitStatus)!;
            var (dimensions, declared) = period.IsCumulative
                ? (EvidenceDimensions.WithCoded(data, ExitStatusCodes(data, seed), [field]), (IReadOnlyList<EvidenceCodedField>)[EvidenceDimensions.Declare(Codebook, field)])
                : (EvidenceDimensions.Fixed(data), []);
            var bundle = EvidenceBundleComposer.Compose(new EvidenceComposition(
                data, everyone.Members, period, EvidenceFigures.OtherPeriods(data, everyone, period, earlier), [.. earlier],
                [.. metrics.Select(m => EvidenceFigures.Outcome(everyone, cohort, m))], profile, Organisation, Guid.CreateVersion7(), null, today,
                new DisclosureRules(10, 5), dimensions, declared));
            earlier.Add(bundle);
            files.Add(Sign(CanonicalJson.Bytes(bundle)));
        }

        return files;
    }

    /// <summary>
    /// Exit status at entry, drawn so that those who went on to complete were more often already doubting or
    /// disengaged: outcomes follow completion in this data, so the categories' rates differ as a moderator's would.
    /// </summary>
    private static CodedColumns ExitStatusCodes(EvaluationDataset data, int seed)
    {
        var random = new Random(seed ^ 0x0E817);
        var codes = new string[data.Count][];
        for (var i = 0; i < data.Count; i++)
        {
            var draw = random.NextDouble();
            var completed = data.Completions[i] == Completion.Completed;
            codes[i] = [draw < 0.05 ? "unknown" : draw < (completed ? 0.50 : 0.20) ? "disengaged" : draw < (completed ? 0.85 : 0.55) ? "doubting" : "engaged"];
        }

        return CodedColumns.InMemory(new Dictionary<string, string[][]> { [ExitStatus] = codes });
    }

    private byte[] Sign(byte[] payload) =>
        SignedEvidence.Create(PublishingKeys.KeyIdOf(PublicKey), PublicKey, payload, SignatureAlgorithm.Ed25519.Sign(key, payload)).ToFileBytes();

    public void Dispose() => key.Dispose();
}
