using System.CommandLine;

using Offramp.Cli.Infrastructure;
using Offramp.Cli.Languages;
using Offramp.Core.Evidence.Signing;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Evidence;

/// <summary>
/// `offramp evidence verify FILE [--public-key BASE64]`: checks a signed bundle with nothing but the file (and, when
/// given, the publisher's public key as they published it): the signature, that the key id belongs to the key, and the
/// bundle against its schema. Exits 4 naming the reason when any of it fails. No database is opened.
/// </summary>
public static class VerifyEvidenceCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = L["The signed bundle, as released."] };
        var publicKey = new Option<string?>("--public-key") { Description = L["The publisher's Ed25519 public key (base64), to require that it signed the file."] };
        var command = new Command("verify", L["Check a signed evidence bundle offline: signature, key id, schema."]) { file, publicKey };
        command.SetAction(r => Run(r, r.GetValue(file)!, r.GetValue(publicKey)));
        return command;
    }

    private static int Run(ParseResult parseResult, FileInfo file, string? expectedKey)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        if (!file.Exists)
        {
            error.WriteLine(L["evidence verify: {0} does not exist.", file.FullName]);
            return ExitCodes.InvalidInput;
        }

        try
        {
            var (envelope, bundle) = EvidenceFile.Open(File.ReadAllBytes(file.FullName));
            if (expectedKey is not null && !string.Equals(expectedKey.Trim(), envelope.PublicKey, StringComparison.Ordinal))
            {
                error.WriteLine(L["evidence verify: REJECTED (wrong key): the file is signed by {0}, not by the public key given.", envelope.KeyId]);
                return ExitCodes.EvidenceRejected;
            }

            output.WriteLine(L["Valid: {0} ({1}), period {2}, produced {3}.", bundle.Program.Name, bundle.Publisher, bundle.Period.Describe(), bundle.ProducedMonth]);
            output.WriteLine(L["Signed by {0} (public key {1}).", envelope.KeyId, envelope.PublicKey]);
            if (expectedKey is null)
            {
                output.WriteLine(L["Compare that public key with the one the publisher gave you (or pass it with --public-key): the signature proves only that this key signed it."]);
            }

            return ExitCodes.Success;
        }
        catch (EvidenceRejectedException rejected)
        {
            error.WriteLine(L["evidence verify: REJECTED ({0}): {1}", rejected.Reason, CoreWording.Say(rejected.Wording, rejected.Message)]);
            return ExitCodes.EvidenceRejected;
        }
    }
}
