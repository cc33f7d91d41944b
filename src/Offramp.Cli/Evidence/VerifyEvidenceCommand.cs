using System.CommandLine;

using Offramp.Cli.Infrastructure;
using Offramp.Core.Evidence.Signing;

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
        var file = new Argument<FileInfo>("FILE") { Description = "The signed bundle, as released." };
        var publicKey = new Option<string?>("--public-key") { Description = "The publisher's Ed25519 public key (base64), to require that it signed the file." };
        var command = new Command("verify", "Check a signed evidence bundle offline: signature, key id, schema.") { file, publicKey };
        command.SetAction(r => Run(r, r.GetValue(file)!, r.GetValue(publicKey)));
        return command;
    }

    private static int Run(ParseResult parseResult, FileInfo file, string? expectedKey)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        if (!file.Exists)
        {
            error.WriteLine($"evidence verify: {file.FullName} does not exist.");
            return ExitCodes.InvalidInput;
        }

        try
        {
            var (envelope, bundle) = EvidenceFile.Open(File.ReadAllBytes(file.FullName));
            if (expectedKey is not null && !string.Equals(expectedKey.Trim(), envelope.PublicKey, StringComparison.Ordinal))
            {
                error.WriteLine($"evidence verify: REJECTED (wrong key): the file is signed by {envelope.KeyId}, not by the public key given.");
                return ExitCodes.EvidenceRejected;
            }

            output.WriteLine($"Valid: {bundle.Program.Name} ({bundle.Publisher}), period {bundle.Period.Describe()}, produced {bundle.ProducedMonth}.");
            output.WriteLine($"Signed by {envelope.KeyId} (public key {envelope.PublicKey}).");
            if (expectedKey is null)
            {
                output.WriteLine("Compare that public key with the one the publisher gave you (or pass it with --public-key): the signature proves only that this key signed it.");
            }

            return ExitCodes.Success;
        }
        catch (EvidenceRejectedException rejected)
        {
            error.WriteLine($"evidence verify: REJECTED ({rejected.Reason}): {rejected.Message}");
            return ExitCodes.EvidenceRejected;
        }
    }
}
