namespace Offramp.Web;

/// <summary>
/// Marker for the fixed messages forms show (validation and refusals written in Core and the page models), in
/// Resources/Messages.*.resx; scripts/sync-ui-strings.py collects them. See Infrastructure/Languages/TranslatedFormMessages.
/// </summary>
public sealed class Messages;
