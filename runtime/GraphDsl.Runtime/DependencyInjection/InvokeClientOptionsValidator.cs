using Microsoft.Extensions.Options;

namespace GraphDsl.DependencyInjection;

/// <summary>Validates <see cref="InvokeClientOptions"/> through <see cref="InvokeClientOptions.Validate"/>.</summary>
internal sealed class InvokeClientOptionsValidator : IValidateOptions<InvokeClientOptions>
{
    public ValidateOptionsResult Validate(string? name, InvokeClientOptions options)
    {
        try
        {
            options.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}
