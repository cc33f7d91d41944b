using Microsoft.Extensions.Localization;

// The report's texts sit under Resources/ whatever ResourcesPath the host gives AddLocalization (the CLI gives none).
[assembly: ResourceLocation("Resources")]
