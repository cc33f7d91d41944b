namespace Offramp.Core.Evidence.Publishing;

/// <summary>The movements or ideologies a program works with, as the hub filters programs by them.</summary>
public enum Movement
{
    Jihadist,
    FarRight,
    FarLeft,
    EthnoNationalist,
    SingleIssue,
    Mixed,
}
